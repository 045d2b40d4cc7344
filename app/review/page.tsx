// Review: the passages most worth a person's look (least confident first, or those whose speaker and framing
// disagree), labelled one key at a time, and retraining with a gate. Filters live in the URL; a bad parameter
// is named on the page rather than silently dropped, since a reviewer would otherwise label the wrong queue.
import Link from "next/link";
import { BadParameter } from "@/components/BadParameter";
import { CollectionLine } from "@/components/CollectionLine";
import { UnknownCollection } from "@/components/UnknownCollection";
import { RetrainPanel } from "@/components/RetrainPanel";
import { ReviewDesk } from "@/components/ReviewDesk";
import { ReviewerTokenField } from "@/components/ReviewerControls";
import { ReviewFilters } from "@/components/ReviewFilters";
import { getEnv } from "@/lib/env";
import { type PageSearchParams, toRecord } from "@/lib/viewParams";
import { QUEUE_KINDS, QUEUE_NAMES, reviewParamsToQuery } from "@/lib/review/reviewQueue";
import { outletChoices, retrainStatusView, reviewView } from "@/lib/views";

export default async function ReviewPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const parsed = reviewView.parse(toRecord(await searchParams));
  if (!parsed.ok) {
    return (
      <>
        <h1>Review</h1>
        <BadParameter error={parsed.error} path="/review" />
      </>
    );
  }
  const params = parsed.value;
  const canReview = Boolean(getEnv().REVIEWER_TOKEN);
  const [queue, outlets, retrain] = await Promise.all([reviewView.load(params), outletChoices(params), retrainStatusView.load({})]);
  if (!queue.collection) {
    return (
      <>
        <h1>Review</h1>
        <UnknownCollection message={queue.unknownCollection ?? ""} />
      </>
    );
  }
  const total = `${queue.totalAtLeast ? "more than " : ""}${queue.total} passage${queue.total === 1 ? "" : "s"}`;
  return (
    <>
      <h1>Review</h1>
      <CollectionLine collection={queue.collection} />
      <p className="hint">
        Model labels no person has checked, {QUEUE_NAMES[params.queue]}: {total} waiting. Labels below {queue.threshold} confidence are
        flagged uncertain. A labelled passage leaves the queue and is learnt at the next retraining.
        {queue.activeVersion !== null ? ` Active model: version ${queue.activeVersion}.` : " No model is stored yet."}
      </p>
      <nav className="review-queues" aria-label="Queue">
        {QUEUE_KINDS.map((kind) => (
          <Link key={kind} href={`/review${reviewParamsToQuery({ ...params, queue: kind })}`} aria-current={kind === params.queue ? "page" : undefined}>
            {QUEUE_NAMES[kind]}
          </Link>
        ))}
      </nav>
      <ReviewFilters params={params} outlets={outlets} />
      {canReview
        ? <ReviewerTokenField />
        : <p className="read-only" role="note">Read-only: labelling and retraining need a reviewer token. Set REVIEWER_TOKEN (at least 8 characters) in the server&apos;s environment and restart it, then enter the token here.</p>}
      <div className="review-layout">
        {/* a new queue or filter starts a fresh desk: what was skipped belongs to the old one */}
        <ReviewDesk key={reviewParamsToQuery(params)} items={queue.items} canReview={canReview} threshold={queue.threshold} />
        <RetrainPanel canReview={canReview} initial={retrain} />
      </div>
    </>
  );
}
