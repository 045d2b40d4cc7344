// The row shapes of the reuse view that client and server components draw, as plain types.
export interface PassageReuseNote {
  passageId: number; clusterId: number; outlets: number; articles: number;
  firstOutlet: string; firstPublishedAt: string | null; firstArticleId: number; firstPosition: number; isFirst: boolean;
}
