// lib/queries/reads/keyness, used from outside through this index (lib/queries/README.md).
export * from "./getKeyness";
export * from "./getKeynessBesideCube";
export * from "./getSelectionVectors";
export * from "./rankedByKeyness";
export * from "./termCountsFromPassages";
export * from "./termCountsFromStats";
