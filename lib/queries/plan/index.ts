// lib/queries/plan, used from outside through this index (lib/queries/README.md).
export * from "./chooseSearchPath";
export * from "./getTermSample";
export * from "./rememberedReads";
