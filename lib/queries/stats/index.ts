// lib/queries/stats, used from outside through this index (lib/queries/README.md).
export * from "./addPhraseSightings";
export * from "./addStatsContribution";
export * from "./addTermTotals";
export * from "./applyArticleStats";
export * from "./currentStatsCube";
export * from "./findCountedPhrases";
export * from "./foldPhraseSightings";
export * from "./getDataVersion";
export * from "./loadStatsCube";
export * from "./noteEveryStatsCellChanged";
export * from "./notePendingSightings";
export * from "./rebuildStats";
export * from "./refreshStatsCube";
export * from "./statGrains";
export * from "./termOccurrences";
export * from "./upsertTermCells";
