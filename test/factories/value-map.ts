import type { ValueMapInput } from "../../src/shared/value-map.ts";

/** A small hand-worked value map: one outcome for both perspectives, one society-only, flat 3.5 %. */
export function handWorked(): ValueMapInput {
  return {
    format: "partnerscope-valuemap/v1",
    title: "Hand-worked",
    currency: "GBP",
    baseDate: "2025-04-01",
    discount: { rate: 0.035 },
    perspectives: [
      { id: "gov", name: "Government" },
      { id: "society", name: "Society" },
    ],
    inputs: [
      {
        id: "grant",
        stakeholder: "Council",
        description: "Grant",
        amount: 2000,
        perspectives: ["gov", "society"],
      },
      // 1,035 in year 1 is worth 1,035 / 1.035 = 1,000 today.
      {
        id: "year-one",
        stakeholder: "Council",
        description: "Second payment",
        amount: 1035,
        year: 1,
        perspectives: ["gov", "society"],
      },
    ],
    outcomes: [
      {
        id: "a",
        stakeholder: "NHS",
        outcome: "Fewer admissions",
        indicator: "admissions avoided",
        setBy: "users",
        quantity: 10,
        proxy: { value: 1000, source: "unit cost" },
        deadweight: 0.2,
        displacement: 0.1,
        attribution: 0.25,
        dropOff: 0.1,
        durationYears: 2,
        perspectives: ["gov", "society"],
        range: { proxy: { low: 800, high: 1200 } },
      },
      {
        id: "b",
        stakeholder: "Residents",
        outcome: "Time saved",
        indicator: "hours",
        setBy: "co_produced",
        quantity: 4,
        proxy: { value: 500, source: "wage" },
        deadweight: 0,
        displacement: 0,
        attribution: 0,
        dropOff: 0,
        startYear: 0,
        durationYears: 1,
        perspectives: ["society"],
      },
    ],
  };
}
