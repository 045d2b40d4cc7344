// lib/queries/writes, used from outside through this index (lib/queries/README.md).
export * from "./collections";
export * from "./deleteArticles";
export * from "./saveArticle";
export * from "./saveClassifierModel";
export * from "./saveModelEvaluation";
export * from "./saveModelLabels";
export * from "./setHumanLabel";
export * from "./trainingAttempts";
export * from "./withDeadlockRetry";
