import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { handWorked } from "../../../test/factories/value-map.ts";
import { valueMapSchema } from "../../shared/value-map.ts";
import { evaluateValueMap } from "./evaluate.ts";
import { valueMapFlags } from "./flags.ts";

const noMc = { iterations: 0, seed: 1 };

describe("value map invariants (fast-check)", () => {
  it("the ratio falls as an outcome's deadweight rises", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const at = (dw: number) => {
            const input = handWorked();
            input.outcomes[0]!.deadweight = dw;
            return evaluateValueMap(valueMapSchema.parse(input), noMc).perspectives[0]!.ratio!;
          };
          expect(at(hi)).toBeLessThanOrEqual(at(lo) + 1e-12);
        },
      ),
    );
  });

  it("setting an outcome's proxy to its break-even value gives a ratio of 1 within 1e-9", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 100, max: 1_000_000 }),
        (attribution, dropOff, inputAmount) => {
          const input = handWorked();
          Object.assign(input.outcomes[0]!, { attribution, dropOff, range: undefined });
          input.inputs[0]!.amount = inputAmount;
          for (const p of [0, 1]) {
            const doc = valueMapSchema.parse(input);
            const proxy = evaluateValueMap(doc, noMc).perspectives[p]!.breakEvenProxy.a!;
            const moved = structuredClone(input);
            moved.outcomes[0]!.proxy.value = proxy;
            // The schema refuses a negative proxy, so evaluate the moved document without parsing it again.
            const ratio = evaluateValueMap(
              {
                ...doc,
                outcomes: [
                  { ...doc.outcomes[0]!, proxy: { ...doc.outcomes[0]!.proxy, value: proxy } },
                  doc.outcomes[1]!,
                ],
              },
              noMc,
            ).perspectives[p]!.ratio!;
            expect(Math.abs(ratio - 1)).toBeLessThan(1e-9);
          }
        },
      ),
    );
  });
});

describe("flags for the guide's usual mistakes", () => {
  it("names each mistake with its path", () => {
    const input = handWorked();
    Object.assign(input.outcomes[0]!, {
      deadweight: 0.6,
      attribution: 0.5,
      durationYears: 12,
      dropOff: 0,
    });
    input.outcomes[1]!.proxy.source = " ";
    const flags = valueMapFlags(valueMapSchema.parse(input));
    expect(flags.map((f) => [f.code, f.path])).toEqual([
      ["attribution-plus-deadweight", "$.outcomes[0]"],
      ["long-duration-without-drop-off", "$.outcomes[0]"],
      ["proxy-without-source", "$.outcomes[1].proxy.source"],
      ["societal-without-volunteer-time", "$.perspectives[1]"],
    ]);
  });

  it("a societal perspective with volunteers' time is not flagged; exactly 100 % is not over", () => {
    const input = handWorked();
    Object.assign(input.outcomes[0]!, { deadweight: 0.5, attribution: 0.5 });
    input.inputs.push({
      id: "vol",
      stakeholder: "Volunteers",
      description: "time",
      amount: 10,
      perspectives: ["society"],
    });
    expect(valueMapFlags(valueMapSchema.parse(input))).toEqual([]);
  });
});

describe("the Joined-up Services reconstruction (illustrative inputs)", () => {
  const example = JSON.parse(
    readFileSync(
      new URL("../../../examples/value-maps/community-navigator.json", import.meta.url),
      "utf8",
    ),
  );

  it("reproduces the paper's 4.44 (government) and 3.87 (society) to two decimals", () => {
    const result = evaluateValueMap(valueMapSchema.parse(example));
    const ratios = Object.fromEntries(result.perspectives.map((p) => [p.id, p.ratio!.toFixed(2)]));
    expect(ratios).toEqual({ government: "4.44", society: "3.87" });
    expect(result.flags).toEqual([]);
    expect(example.title).toMatch(/illustrative/i);
  });
});
