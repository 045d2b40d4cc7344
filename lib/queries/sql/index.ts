// lib/queries/sql, used from outside through this index (lib/queries/README.md).
export * from "./inlineParameters";
export * from "./passageFilter";
export * from "./passageTermRows";
export * from "./passageVectors";
export * from "./statFilter";
export * from "./termStatFilter";
export * from "./textContains";
export * from "./collectionFilter";
