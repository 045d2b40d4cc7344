// lib/queries/offTopic, used from outside through this index (lib/queries/README.md): each collection's
// vocabulary kept as sums and the off-topic verdicts of its members (docs/decisions/013-off-topic-articles.md).
export * from "./applyToProfiles";
export * from "./calibrationFor";
export * from "./judgeJoining";
export * from "./readProfile";
export * from "./storedArticleWords";
export * from "./verdictOnResult";
