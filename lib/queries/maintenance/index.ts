// lib/queries/maintenance, used from outside through this index (lib/queries/README.md).
export * from "./analyzeTables";
export * from "./checkDatabase";
export * from "./compactDataChanges";
export * from "./vacuumTables";
