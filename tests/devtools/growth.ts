// How a function's time grows with its input, for tests that a pattern stays linear: the time at n·factor over
// the time at n, each the best of a few timed runs (repeated until long enough to time), so a busy machine
// slows both sides alike and no absolute time is asserted. A linear function gives about `factor`, a quadratic
// one `factor`², a backtracking one far more. The large runs stop as soon as they exceed the bound, so a
// pathological case fails in about the time the bound allows instead of running to the end.

export interface Growth { ratio: number; small: number; large: number }

const MIN_RUN_MS = 25;

export function growth<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, factor: number, bound: number): Growth {
  const small = make(n);
  const large = make(n * factor);
  run(small);
  let reps = 1;
  while (time(() => run(small), reps) < MIN_RUN_MS && reps < 1 << 20) reps *= 2;
  const smallMs = Math.min(...[0, 1, 2].map(() => time(() => run(small), reps)));
  const budget = smallMs * bound;
  let largeMs = Infinity;
  for (let trial = 0; trial < 3; trial++) {
    const start = performance.now();
    for (let i = 0; i < reps && performance.now() - start <= budget; i++) run(large);
    largeMs = Math.min(largeMs, performance.now() - start);
    if (largeMs <= budget) break;
  }
  return { ratio: largeMs / smallMs, small: smallMs, large: largeMs };
}

function time(fn: () => void, reps: number): number {
  const start = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return performance.now() - start;
}

/** Fails unless `run` grows at most linearly (within a factor of 4 for noise) from n to n·factor. */
export function assertLinear<T>(what: string, make: (n: number) => T, run: (input: T) => unknown, n: number, factor = 16): void {
  const bound = factor * 4;
  // a burst of load from elsewhere can slow one side: a pattern fails only if three measurements all say so
  let g = growth(make, run, n, factor, bound);
  for (let attempt = 1; attempt < 3 && g.ratio > bound; attempt++) g = growth(make, run, n, factor, bound);
  if (g.ratio > bound) {
    throw new Error(`${what}: ${factor}× the input took ${g.ratio.toFixed(0)}× the time (${g.small.toFixed(1)} → ${g.large.toFixed(1)} ms; linear would be about ${factor}×)`);
  }
}
