import { describe, expect, it } from "vitest";
import { shortMoney } from "./money-format.ts";

describe("shortMoney", () => {
  it.each([
    [0, "£0"],
    [999.4, "£999"],
    [12_345, "£12k"],
    [349_600, "£350k"],
    [1_234_567, "£1.2m"],
    [-40_400, "−£40k"],
    [2_500_000_000, "£2.5bn"],
  ])("%d → %s", (value, label) => {
    expect(shortMoney(value)).toBe(label);
  });

  it("names other currencies by code", () => {
    expect(shortMoney(2_500, "EUR")).toBe("EUR 3k");
    expect(shortMoney(-7, "USD")).toBe("−USD 7");
  });
});
