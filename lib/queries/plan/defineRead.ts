// A dashboard read, written once per store it can be answered from, in the spirit of umami's
// runQuery({ [PRISMA]: …, [CLICKHOUSE]: … }): the planner (planRead.ts) picks the store, and every read is
// remembered while the data is unchanged (rememberedReads.ts). Keyness, which plans each of its two sides on its
// own, is the one read that calls planRead and rememberedReads itself.
import type { StatsCube } from "../../analysis/statsCube";
import type { Filters } from "../../schema";
import { type CubePlan, planRead, type ReadPlan } from "./planRead";
import { rememberedReads } from "./rememberedReads";

type Answer<R> = R | Promise<R>;

export interface ReadDefinition<A extends unknown[], R> {
  /** the selection the store is chosen for (default: the first argument) */
  selection?: (...args: A) => Partial<Filters>;
  /** the read counts term lists (planRead's termLists) */
  termLists?: boolean;
  /** whether the loaded cube, or the statistics tables, hold what these arguments ask (default: yes) */
  holds?: { cube?: (cube: StatsCube, ...args: A) => boolean; stats?: (...args: A) => Promise<boolean> };
  cube?: (plan: CubePlan, ...args: A) => Answer<R>;
  stats?: (plan: ReadPlan, ...args: A) => Answer<R>;
  passages: (plan: ReadPlan, ...args: A) => Answer<R>;
}

export function defineRead<A extends unknown[], R>(name: string, read: ReadDefinition<A, R>): (...args: A) => Promise<R> {
  return rememberedReads.wrap(name, async (...args: A): Promise<R> => {
    const selection = read.selection ? read.selection(...args) : ((args[0] ?? {}) as Partial<Filters>);
    const { holds } = read;
    const plan = await planRead(selection, {
      cube: read.cube && (holds?.cube ? (cube) => holds.cube!(cube, ...args) : true),
      stats: read.stats && (holds?.stats ? () => holds.stats!(...args) : true),
      termLists: read.termLists,
    });
    if (plan.store === "cube") return read.cube!(plan as CubePlan, ...args);
    if (plan.store === "stats") return read.stats!(plan, ...args);
    return read.passages(plan, ...args);
  });
}
