// The query-string parsing shared by pages and API routes.
export * from "./parse";
export * from "./views";
export * from "./selections";
