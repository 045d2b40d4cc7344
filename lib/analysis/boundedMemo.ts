// A cache for pure functions on a long-running process's hot path: remembers at most `capacity` entries
// and forgets them all at once when full. Cheaper than LRU bookkeeping, and with Zipf-distributed keys
// the frequent ones are back within a few calls.
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    if (this.entries.size >= this.capacity) this.entries.clear();
    this.entries.set(key, value);
  }
}
