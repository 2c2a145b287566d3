import { describe, expect, it } from "vitest";
import { createSeenIds } from "./seen-ids.ts";

describe("ids met by an import", () => {
  it("answers yes for every id added, through many growths, and no for ids never added", () => {
    const ids = createSeenIds();
    const n = 300_000;
    for (let i = 0; i < n; i++) ids.add(`360G-bench-grant-${i}`);
    ids.add("360G-bench-grant-7"); // again: not counted twice
    expect(ids.size()).toBe(n);
    let missed = 0;
    for (let i = 0; i < n; i++) if (!ids.mayHave(`360G-bench-grant-${i}`)) missed++;
    expect(missed).toBe(0);
    // Two 32-bit hashes: a false yes among 300,000 unseen ids would be a broken hash, not bad luck.
    let falseYes = 0;
    for (let i = n; i < 2 * n; i++) if (ids.mayHave(`360G-bench-grant-${i}`)) falseYes++;
    expect(falseYes).toBe(0);
    expect(ids.mayHave("")).toBe(false);
    ids.add("");
    expect(ids.mayHave("")).toBe(true);
  });

  it("keeps the value of an id's first meeting, through growth", () => {
    const ids = createSeenIds();
    for (let i = 0; i < 10_000; i++) ids.add(`grant-${i}`, i + 1);
    ids.add("grant-5", 99_999);
    expect(ids.firstValueOf("grant-5")).toBe(6);
    expect(ids.firstValueOf("grant-9999")).toBe(10_000);
    expect(ids.firstValueOf("grant-10000")).toBeUndefined();
  });

  it("tells apart ids that differ only in case, order or one character", () => {
    const ids = createSeenIds();
    ids.add("GB-CHC-1234");
    for (const other of ["gb-chc-1234", "GB-CHC-1243", "GB-CHC-12345", "GB-CHC-123", "GB-COH-1234"])
      expect(ids.mayHave(other)).toBe(false);
  });
});
