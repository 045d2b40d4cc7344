// Dashboard reads repeat: many people open the same shared views, and every visit to the overview asks the same
// questions. Their answers are remembered, keyed by the arguments and by the version of the data (a value that
// changes whenever a write to the database commits, lib/queries/stats/getDataVersion.ts). An answer is reused only
// while that version is unchanged, that is while nothing has been written since, so a remembered answer is the
// one the query would give now: exact, not merely fresh enough. An answer computed while a write committed is
// not remembered.

export interface DataVersionMemoOptions {
  /** the version of the data now, as text: equal only while no write has committed in between */
  version: () => Promise<string>;
  /** read on every call, so that a server can be told to compute every answer (the bench's uncached runs) */
  enabled: () => boolean;
  /** answers remembered at most; all are forgotten at once when full, as whenever the version changes */
  capacity: number;
}

export interface DataVersionMemo {
  wrap<A extends unknown[], R>(name: string, compute: (...args: A) => Promise<R>): (...args: A) => Promise<R>;
}

export function createDataVersionMemo(options: DataVersionMemoOptions): DataVersionMemo {
  let version: string | null = null;
  const answers = new Map<string, unknown>();
  // several requests for the same view at once wait for one computation
  const computing = new Map<string, Promise<unknown>>();

  async function remembered<R>(key: string, compute: () => Promise<R>): Promise<R> {
    const now = await options.version();
    if (now !== version) {
      answers.clear();
      version = now;
    }
    if (answers.has(key)) return answers.get(key) as R;
    const inFlight = `${now}\u0000${key}`;
    let pending = computing.get(inFlight) as Promise<R> | undefined;
    if (!pending) {
      pending = (async () => {
        const answer = await compute();
        // remembered only if no write committed meanwhile: otherwise the answer may mix the two states
        if ((await options.version()) === now && version === now) {
          if (answers.size >= options.capacity) answers.clear();
          answers.set(key, answer);
        }
        return answer;
      })();
      computing.set(inFlight, pending);
      pending.then(() => computing.delete(inFlight), () => computing.delete(inFlight));
    }
    return pending;
  }

  return {
    wrap: (name, compute) => async (...args) => {
      if (!options.enabled()) return compute(...args);
      // every caller gets its own copy: a caller that sorts or renames rows must not change the remembered answer
      return structuredClone(await remembered(`${name}\u0000${JSON.stringify(args)}`, () => compute(...args)));
    },
  };
}
