// lib/queries/reuse, used from outside through this index (lib/queries/README.md).
export * from "./addReuse";
export * from "./lockReuse";
export * from "./rebuildReuse";
export * from "./refreshReuseClusters";
export * from "./getReuseClusterFramings";
