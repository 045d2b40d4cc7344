// The address names a collection that does not exist (a typo, or one renamed or deleted since the link was made).
export function UnknownCollection({ message }: { message: string }) {
  return (
    <p role="alert" className="notice" data-testid="unknown-collection">
      Nothing to show: {message}. Choose a collection in the header, or <a href="/">open the default collection</a>.
    </p>
  );
}
