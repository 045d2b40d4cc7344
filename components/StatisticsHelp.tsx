// Plain-language readings of the keyness statistics: a one-line reading on each column heading (shown on hover
// and on keyboard focus, and read out as the heading's description), and a "How to read this" panel.

/** One line per statistic, for the column headings. */
export const STATISTIC_READINGS = {
  z: "How much more typical of this side than of the other the term is, in standard deviations: above 1.96 (marked *) is unlikely to be chance.",
  g2: "How surprising the difference in frequency is if both sides used the term alike: larger is more surprising; it grows with frequency.",
  logRatio: "How many times more often this side uses the term, as a power of two: 1 is twice as often, 3 is eight times.",
  freq: "How often the term occurs in each side's passages.",
  passages: "In how many passages of each side the term occurs.",
  articles: "In how many articles of each side the term occurs: a term must be used by two articles, so one long article cannot make it key.",
} as const;

/** A column heading with its plain reading on hover and focus; `id` names the reading, unique on the page. */
export function StatHeading({ label, reading, id }: { label: string; reading: string; id: string }) {
  return (
    <th>
      <button type="button" className="stat-help" aria-describedby={id}>
        {label}
        <span className="stat-reading" role="tooltip" id={id}>{reading}</span>
      </button>
    </th>
  );
}

/** What the keyness and compare tables' numbers mean, folded under its summary. */
export function HowToReadKeyness() {
  return (
    <details className="panel how-to-read">
      <summary>How to read this</summary>
      <ul>
        <li>
          <strong>z</strong> ranks the terms: the log-odds ratio of the term on the two sides, with an informative Dirichlet
          prior from the whole corpus, divided by its standard error (Monroe, Colaresi &amp; Quinn 2008). A positive z means
          typical of A, a negative one typical of B; |z| above 1.96 (marked *) would arise by chance less than one time in
          twenty. The prior keeps rare terms from topping the list on a handful of uses.
        </li>
        <li>
          <strong>G²</strong> (log-likelihood, Dunning 1993) says how sure the difference is; <strong>Log Ratio</strong>
          (Hardie 2014) says how big it is. A common term can have a huge G² for a small difference, and a rare one a large
          Log Ratio on little evidence: read the two together.
        </li>
        <li>
          <strong>Articles</strong> guard against one source: a term must occur in at least two articles of its side, and
          an article counts once however many of the side&apos;s framings use the term.
        </li>
        <li>Each term opens its concordance: every occurrence in context, with its article.</li>
      </ul>
    </details>
  );
}
