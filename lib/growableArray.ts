// A typed array filled a value at a time, for reads whose length is known only at their end (binary COPY
// streams: lib/queries/sql/passageVectors.ts, refreshStatsCube.ts).
type TypedArray = Int32Array | Uint32Array | Uint8Array;

/** A typed array filled a value at a time, doubling as needed. */
export class Growable<T extends TypedArray> {
  private array: T;
  length = 0;
  constructor(private readonly make: new (length: number) => T) {
    this.array = new make(1_024);
  }
  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = new this.make(this.array.length * 2);
      grown.set(this.array as never);
      this.array = grown;
    }
    this.array[this.length++] = value;
  }
  done(): T {
    return this.array.subarray(0, this.length) as T;
  }
}
