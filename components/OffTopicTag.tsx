// Marks a passage whose article was flagged off-topic when it joined the collection being read (decision 013).
export function OffTopicTag({ offTopic }: { offTopic: boolean }) {
  if (!offTopic) return null;
  return <span className="flag-off-topic" title="this passage's article looked off-topic for the collection when it was added: its page gives the score" data-testid="off-topic-tag">off-topic article</span>;
}
