// Fresh planner statistics while an import grows the tables. Autovacuum refreshes them in the background,
// but not when it is off (as on the machine this was measured on) or lagging; until it does, the planner
// believes the tables are as small as when they were last analysed and picks plans (hash joins over all
// passages) that make each article's statistics cost grow with the corpus: a long import turns quadratic.
// ANALYZE samples a fixed number of rows, so running it whenever the passage count has doubled costs a few
// short pauses over the whole import.
import { analyzeTables } from "../queries/maintenance";

const FIRST_AT = 2000;

export function plannerStatsKeeper(passagesAtStart: number): (added: number) => Promise<void> {
  return plannerStatsKeeperWith(passagesAtStart, analyzeTables);
}

export function plannerStatsKeeperWith(passagesAtStart: number, analyze: () => Promise<void>): (added: number) => Promise<void> {
  let stored = passagesAtStart;
  let next = Math.max(FIRST_AT, passagesAtStart * 2);
  return async (added) => {
    stored += added;
    if (stored < next) return;
    next = stored * 2;
    await analyze();
  };
}
