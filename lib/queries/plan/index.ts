// lib/queries/plan, used from outside through this index (lib/queries/README.md).
export * from "./defineRead";
export * from "./collectionReach";
export * from "./getTermSample";
export * from "./planRead";
export * from "./rememberedReads";
export * from "./searchPath";
export * from "./storeChoice";
