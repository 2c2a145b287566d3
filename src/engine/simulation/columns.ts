/** A growable column of 32-bit integers: the event log and membership tables grow as a run goes. */
export class IntColumn {
  data: Int32Array;
  length = 0;

  constructor(capacity = 256) {
    this.data = new Int32Array(capacity);
  }

  /** Appends one value, doubling the storage when full. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** The value at index i. */
  at(i: number): number {
    return this.data[i]!;
  }
}

/**
 * A copy of `source` in a typed array of `length` (zero-filled beyond the source), for growing
 * the agents' columns when entrants outrun the capacity guessed at the start.
 * @example grown(Int32Array.of(1, 2), 4) // Int32Array [1, 2, 0, 0]
 */
export function grown<T extends Float64Array | Int32Array | Uint8Array | Int16Array>(
  source: T,
  length: number,
): T {
  const next = new (source.constructor as new (n: number) => T)(length);
  next.set(source);
  return next;
}
