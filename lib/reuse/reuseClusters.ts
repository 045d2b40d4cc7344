// Stories of reuse: passages joined by links, as connected components (single-link clustering, as passim
// groups its aligned pairs), each with its earliest appearance.

export interface ClusterMember { passageId: number; articleId: number; outletId: number; publishedAt: Date | null }

export interface ReuseCluster {
  /** the smallest passage id among the members: stable while the cluster keeps its first-ingested passage */
  id: number;
  members: ClusterMember[];
  /** the earliest member: by published date (undated last), then by ingest order (passage id) */
  first: ClusterMember;
  lastPublishedAt: Date | null;
  articles: number;
  outlets: number;
}

/** Connected components of `members` under `links` (pairs of passage ids); a member with no link is left out. */
export function reuseClusters(members: readonly ClusterMember[], links: readonly { a: number; b: number }[]): ReuseCluster[] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root)! !== root) root = parent.get(root)!;
    while (parent.get(x)! !== root) { const next = parent.get(x)!; parent.set(x, root); x = next; }
    return root;
  };
  const byId = new Map(members.map((m) => [m.passageId, m]));
  for (const l of links) {
    if (!byId.has(l.a) || !byId.has(l.b)) continue;
    if (!parent.has(l.a)) parent.set(l.a, l.a);
    if (!parent.has(l.b)) parent.set(l.b, l.b);
    const [ra, rb] = [find(l.a), find(l.b)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  const groups = new Map<number, ClusterMember[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const list = groups.get(root);
    if (list) list.push(byId.get(id)!);
    else groups.set(root, [byId.get(id)!]);
  }
  return [...groups.values()].map(describeCluster).sort((x, y) => x.id - y.id);
}

function describeCluster(members: ClusterMember[]): ReuseCluster {
  const ordered = [...members].sort(byAppearance);
  const dated = ordered.filter((m) => m.publishedAt);
  return {
    id: Math.min(...members.map((m) => m.passageId)),
    members: ordered,
    first: ordered[0],
    lastPublishedAt: dated.length ? dated[dated.length - 1].publishedAt : null,
    articles: new Set(members.map((m) => m.articleId)).size,
    outlets: new Set(members.map((m) => m.outletId)).size,
  };
}

/** Earliest first: by published date, undated after every dated one, then by ingest order. */
export function byAppearance(x: Pick<ClusterMember, "passageId" | "publishedAt">, y: Pick<ClusterMember, "passageId" | "publishedAt">): number {
  const tx = x.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const ty = y.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return tx === ty ? x.passageId - y.passageId : tx < ty ? -1 : 1;
}
