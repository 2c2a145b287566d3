import { describe, expect, it } from "vitest";
import { naturalKey, partnershipSearchText } from "./natural-key.ts";

describe("naturalKey", () => {
  it("orders numbers inside names by value, ignoring case and leading zeros", () => {
    const names = ["HA10", "ha2", "HA1", "Ha002x", "HA2"];
    const sorted = [...names].sort((a, b) => (naturalKey(a) < naturalKey(b) ? -1 : 1));
    // ha1 < ha2 = HA2 (kept in input order by the stable sort) < ha2x < ha10.
    expect(sorted).toEqual(["HA1", "ha2", "HA2", "Ha002x", "HA10"]);
  });

  it("is hex only, so every collation compares it by bytes", () => {
    expect(naturalKey("A 1")).toBe(Buffer.from(`a ${"1".padStart(20, "0")}`).toString("hex"));
    expect(naturalKey("Émile & Co")).toMatch(/^[0-9a-f]+$/);
  });
});

describe("partnershipSearchText", () => {
  it("holds the name and the description, lower-cased", () => {
    expect(partnershipSearchText("North HA", "Shared REPAIRS")).toBe("north ha | shared repairs");
    expect(partnershipSearchText("North HA", null)).toBe("north ha | ");
  });
});
