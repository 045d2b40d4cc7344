// A page's address has a parameter it cannot read: say which and what is allowed (the page answers 400, proxy.ts).
export function BadParameter({ error, path }: { error: string; path: string }) {
  return (
    <p role="alert" className="notice" data-testid="bad-parameter">
      This address cannot be shown: {error}. Correct it, or <a href={path}>open this view without it</a>.
    </p>
  );
}
