import { describe, expect, it } from "vitest";
import type { LifecycleEvent } from "../../shared/index.ts";
import { stageChangesOf, stageOnDate } from "./stage-on-date.ts";

const event = (
  date: string,
  type: LifecycleEvent["type"],
  stage: number | null,
  partnership = "assoc",
): LifecycleEvent => ({
  id: `${partnership}-${date}`,
  date,
  type,
  partnership,
  organisations: [],
  dissolves: [],
  stage,
  note: null,
});

// The demo's Association: formed 1 April 2009 at stage 5, completed 1 April 2010 at stage 6;
// its stored stage is 6, the stage now.
const events = [
  event("2010-04-01", "deepened", 6),
  event("2009-04-01", "formed", 5),
  event("2009-06-01", "joined", null),
];

describe("a partnership's stage on a date", () => {
  it("follows the events that give a stage, the formed one included", () => {
    const p = { id: "assoc", stage: 6 };
    expect(stageOnDate(p, events, "2009-04-01")).toBe(5);
    expect(stageOnDate(p, events, "2010-03-31")).toBe(5);
    expect(stageOnDate(p, events, "2010-04-01")).toBe(6);
  });

  it("falls back to the stored stage before any event, and ignores other partnerships' events", () => {
    expect(stageOnDate({ id: "assoc", stage: 6 }, events, "2008-01-01")).toBe(6);
    expect(stageOnDate({ id: "other", stage: 2 }, events, "2011-01-01")).toBe(2);
  });

  it("orders the changes by date and skips events without a stage", () => {
    expect(stageChangesOf(events).get("assoc")).toEqual([
      { date: "2009-04-01", stage: 5 },
      { date: "2010-04-01", stage: 6 },
    ]);
  });
});
