// What `npm start` loads into an empty database: each demo folder into the collection named for its subject.
// The seeds (SEEDS_DIR, when present) are about the first one's subject and go with it; that collection is the
// default the migration creates.
export interface DemoCollection { collection: string; folder: string; withSeeds: boolean }

export const DEMO_COLLECTIONS: readonly DemoCollection[] = [
  { collection: "xinjiang", folder: "data/demo", withSeeds: true },
  { collection: "sarn-dam", folder: "data/demo-collections/sarn-dam", withSeeds: false },
];
