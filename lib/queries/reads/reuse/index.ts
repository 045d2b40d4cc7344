// The reads of the reuse view: stories of reuse, one story, outlets that repeat each other, an article's notes.
export * from "./getReuseClusters";
export * from "./getReuseCluster";
export * from "./getOutletReuse";
export * from "./getArticleReuse";
