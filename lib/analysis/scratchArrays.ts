// Working arrays for the cube's per-request sums, kept and reused: one keyness request at a million passages
// needs about 35 MB of them (a slot per term of the corpus), and sixteen requests at once left the collector
// that much per request to free, which showed in the server's memory. Safe because every computation that
// uses them runs start to end without awaiting; each use names its own slot, so two in one computation never
// share an array.
type Kind = "uint32" | "float64" | "uint8";
const held = new Map<string, Uint32Array | Float64Array | Uint8Array>();
const make = { uint32: (n: number) => new Uint32Array(n), float64: (n: number) => new Float64Array(n), uint8: (n: number) => new Uint8Array(n) };

function slot<T extends Uint32Array | Float64Array | Uint8Array>(kind: Kind, name: string, length: number): T {
  const key = `${kind}:${name}`;
  let array = held.get(key) as T | undefined;
  if (!array || array.length < length) {
    // with room to grow: refreshes add terms a few at a time
    array = make[kind](Math.ceil(length * 1.05)) as T;
    held.set(key, array);
  }
  return array.subarray(0, length) as T;
}

/** `length` zeros, in the array named `name`, valid until the next call for that name. */
export const zeroedUint32 = (name: string, length: number): Uint32Array => slot<Uint32Array>("uint32", name, length).fill(0);
export const zeroedUint8 = (name: string, length: number): Uint8Array => slot<Uint8Array>("uint8", name, length).fill(0);
/** `length` slots filled with `value`. */
export const filledFloat64 = (name: string, length: number, value: number): Float64Array => slot<Float64Array>("float64", name, length).fill(value);
