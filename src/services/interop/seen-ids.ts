/**
 * Ids one import has met, in 8 bytes each: two independent 32-bit hashes of the id in an
 * open-addressing table, and 4 more if a number is kept with an id's first meeting (a spill
 * sequence number, say) — a million ids in 16 or 24 MB, against about 80 MB for a Set of the strings. `mayHave` can answer
 * yes for an id never added — when both hashes collide, about once in 2^64 pairs — but never no
 * for one that was. Callers take a yes only as a reason to look closer or to take the careful
 * path (an upsert rather than a plain insert), so a false yes costs a little time, never a wrong row.
 * @example const ids = createSeenIds(); ids.add("c-1", 7); ids.mayHave("c-1") // true; ids.firstValueOf("c-1") // 7
 */
export function createSeenIds() {
  let capacity = 1 << 12;
  let first = new Uint32Array(capacity);
  let second = new Uint32Array(capacity);
  // Allocated when a first non-zero value is kept.
  let values: Uint32Array | null = null;
  let size = 0;

  /** The slot holding (a, b), or the empty slot where it would go. (0, 0) marks an empty slot. */
  const slotOf = (a: number, b: number) => {
    let i = a & (capacity - 1);
    while (first[i] !== 0 || second[i] !== 0) {
      if (first[i] === a && second[i] === b) return i;
      i = (i + 1) & (capacity - 1);
    }
    return i;
  };

  const grow = () => {
    const [oldFirst, oldSecond, oldValues] = [first, second, values];
    capacity *= 2;
    first = new Uint32Array(capacity);
    second = new Uint32Array(capacity);
    values = oldValues && new Uint32Array(capacity);
    for (let i = 0; i < oldFirst.length; i++) {
      if (oldFirst[i] === 0 && oldSecond[i] === 0) continue;
      const slot = slotOf(oldFirst[i]!, oldSecond[i]!);
      first[slot] = oldFirst[i]!;
      second[slot] = oldSecond[i]!;
      if (values) values[slot] = oldValues![i]!;
    }
  };

  const found = (id: string) => {
    const [a, b] = hashesOf(id);
    const slot = slotOf(a, b);
    return { a, b, slot, hit: first[slot] === a && second[slot] === b };
  };

  return {
    /** Notes an id as met; `value` (0 to 2^32 − 1) is kept only the first time. */
    add(id: string, value = 0): void {
      const { a, b, slot, hit } = found(id);
      if (hit) return;
      first[slot] = a;
      second[slot] = b;
      if (value !== 0) values ??= new Uint32Array(capacity);
      if (values) values[slot] = value;
      if (++size * 2 > capacity) grow();
    },
    /** False: this import certainly has not met the id. True: it has, or (rarely) a collision. */
    mayHave: (id: string): boolean => found(id).hit,
    /** The value kept when the id (or one whose hashes collide with it) was first added. */
    firstValueOf(id: string): number | undefined {
      const { slot, hit } = found(id);
      return hit ? (values?.[slot] ?? 0) : undefined;
    },
    /** How many distinct ids were added (as far as their hashes tell). */
    size: () => size,
  };
}

/** Ids met by one import. */
export type SeenIds = ReturnType<typeof createSeenIds>;

/** FNV-1a and a multiply–xorshift hash over the UTF-16 code units; (0, 0) is moved to (0, 1). */
function hashesOf(id: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ id.length;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b ^= b >>> 16;
  a >>>= 0;
  b >>>= 0;
  return a === 0 && b === 0 ? [0, 1] : [a, b];
}
