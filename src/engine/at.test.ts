import { describe, expect, it } from "vitest";
import { at } from "./at.ts";

describe("at", () => {
  it("returns the item at an index inside the list, typed arrays included", () => {
    expect(at(["a", "b"], 1, "group")).toBe("b");
    expect(at(Float64Array.of(0, 2.5), 1, "week")).toBe(2.5);
  });

  it("names what was missing instead of returning undefined", () => {
    expect(() => at(["a", "b"], 2, "group")).toThrow(
      new RangeError("group 2 is out of range (0–1)"),
    );
    expect(() => at([], 0, "provider")).toThrow("provider 0 is out of range (there are none)");
  });
});
