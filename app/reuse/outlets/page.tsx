// Which outlets repeat an outlet's wording, and how soon; and whose wording it repeats. Without an outlet, every
// outlet with the links it started (carried the words first) and followed.
import Link from "next/link";
import { BadParameter } from "@/components/BadParameter";
import { Downloads } from "@/components/Downloads";
import { TableScroll } from "@/components/TableScroll";
import type { PageSearchParams } from "@/lib/viewParams";
import { toRecord } from "@/lib/viewParams";
import { type DataOf, reuseOutletsView } from "@/lib/views";

type Rows = DataOf<typeof reuseOutletsView>["repeatedBy"];
const days = (d: number | null) => (d === null ? "undated" : d === 0 ? "same day" : `${Math.round(d * 10) / 10} days`);

function LagTable({ rows, caption, testId }: { rows: Rows; caption: string; testId: string }) {
  return (
    <TableScroll label={caption}>
      <table className="data" data-testid={testId}>
        <caption>{caption}</caption>
        <thead><tr><th>outlet</th><th>links</th><th>passages</th><th>articles</th><th>median lag</th><th>fastest</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.outlet}>
              <th scope="row"><a href={`/reuse/outlets?outlet=${encodeURIComponent(r.outlet)}`}>{r.outlet}</a></th>
              <td>{r.links}</td><td>{r.passages}</td><td>{r.articles}</td><td>{days(r.medianDays)}</td><td>{days(r.fastestDays)}</td>
            </tr>
          ))}
          {rows.length === 0 && <tr><td colSpan={6} className="hint">None.</td></tr>}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default async function ReuseOutletsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const parsed = reuseOutletsView.parse(toRecord(await searchParams));
  if (!parsed.ok) {
    return (<><h1>Who repeats whom</h1><BadParameter error={parsed.error} path="/reuse/outlets" /></>);
  }
  const data = await reuseOutletsView.load(parsed.value);
  const query = data.outlet ? `?outlet=${encodeURIComponent(data.outlet)}` : "";
  return (
    <>
      <p><Link href="/reuse">← stories of reuse</Link></p>
      <h1>{data.outlet ? `Who repeats ${data.outlet}` : "Who repeats whom"}</h1>
      <p className="hint">A link joins two passages of different outlets that share wording; the earlier one started it (by published date). The lag is the days between the two publications.</p>
      <Downloads api="/api/reuse/outlets" query={query} />
      {data.summary ? (
        <TableScroll label="Outlets and their links">
          <table className="data" data-testid="reuse-outlets">
            <caption>Outlets and their links: started (carried the words first) and followed</caption>
            <thead><tr><th>outlet</th><th>links started</th><th>links followed</th></tr></thead>
            <tbody>
              {data.summary.map((r) => (
                <tr key={r.outlet}><th scope="row"><a href={`/reuse/outlets?outlet=${encodeURIComponent(r.outlet)}`}>{r.outlet}</a></th><td>{r.first}</td><td>{r.followed}</td></tr>
              ))}
              {data.summary.length === 0 && <tr><td colSpan={3} className="hint">No outlet shares wording with another yet.</td></tr>}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <div className="grid">
          <LagTable rows={data.repeatedBy} caption={`Outlets that repeat ${data.outlet}'s wording, and how soon`} testId="repeated-by" />
          <LagTable rows={data.repeats} caption={`Outlets whose wording ${data.outlet} repeats`} testId="repeats" />
        </div>
      )}
      {data.outlet && <p><Link href="/reuse/outlets">← every outlet</Link> · <a href={`/reuse?outlet=${encodeURIComponent(data.outlet)}`}>{data.outlet}&apos;s stories of reuse</a></p>}
    </>
  );
}
