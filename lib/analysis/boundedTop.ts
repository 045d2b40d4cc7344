// The largest values of a stream without sorting it: keyness scores every term of the corpus and keeps a few.
/** The `limit` largest values offered (a min-heap); bar() is the smallest of them, or 0 while fewer were offered. */
export class BoundedTop {
  private readonly heap: number[] = [];
  constructor(private readonly limit: number) {}

  /** Whether the score was kept (the bar may have risen). */
  offer(score: number): boolean {
    const h = this.heap;
    if (h.length < this.limit) {
      h.push(score);
      for (let i = h.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (h[parent] <= h[i]) break;
        [h[parent], h[i]] = [h[i], h[parent]];
        i = parent;
      }
    } else if (this.limit > 0 && score > h[0]) {
      h[0] = score;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let least = i;
        if (l < h.length && h[l] < h[least]) least = l;
        if (r < h.length && h[r] < h[least]) least = r;
        if (least === i) break;
        [h[least], h[i]] = [h[i], h[least]];
        i = least;
      }
    } else return false;
    return true;
  }

  bar(): number {
    if (this.limit === 0) return Infinity;
    return this.heap.length < this.limit ? 0 : this.heap[0];
  }
}
