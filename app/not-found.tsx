// An address with no page behind it (or an article that is not in the corpus), inside the normal layout.
import Link from "next/link";

export default function NotFound() {
  return (
    <section className="state-page" data-testid="not-found">
      <h1>Page not found</h1>
      <p>Nothing lives at this address: it may be mistyped, or the article it points to is no longer in the corpus.</p>
      <p>
        Start again from the <Link href="/">overview</Link>, look a word up in the <Link href="/concordance">concordance</Link>, or{" "}
        <Link href="/add">add articles</Link>.
      </p>
    </section>
  );
}
