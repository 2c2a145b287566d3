/**
 * Pure helpers for the appraisal editor: blank documents, options and lines, immutable updates by
 * path, and the grouping of lines along the paper's ladder of difficulty.
 */
import {
  APPRAISAL_FORMAT,
  type AppraisalInput,
  DIFFICULTIES,
  DIFFICULTY_LABELS,
  type Difficulty,
  type SavingSource,
  SOURCE_DIFFICULTY,
} from "../../../src/shared/index.ts";

/** The document as edited: the schema's input shape (defaults not yet applied). */
export type DraftDocument = AppraisalInput;
export type DraftOption = AppraisalInput["options"][number];
export type DraftLine = NonNullable<DraftOption["lines"]>[number];

/** A new document with one 'stand-alone' option to compare others against. */
export function blankDocument(today: string): DraftDocument {
  return {
    format: APPRAISAL_FORMAT,
    title: "",
    baseDate: today,
    horizonYears: 10,
    discount: { schedule: "green-book" },
    optimismBias: { costs: 0, benefits: 0 },
    options: [blankOption(0, 1)],
    criteria: [{ id: "npv", weight: 1 }],
    monteCarlo: { iterations: 10000, seed: 1 },
  };
}

/** A new option at a continuum stage, numbered for a unique id. */
export function blankOption(stage: number, n: number): DraftOption {
  return {
    id: `option-${n}`,
    name: stage === 0 ? "Stay stand-alone" : `Option ${n}`,
    stage,
    lines: [],
  };
}

/** A new line of a kind; a saving takes the paper's difficulty for its source. */
export function blankLine(
  kind: DraftLine["kind"],
  n: number,
  source: SavingSource = "external_procurement",
): DraftLine {
  const id = `line-${n}`;
  if (kind === "one_off_cost") return { kind, id, name: "", amount: 0, year: 0 };
  if (kind === "recurring_cost") return { kind, id, name: "", annual: 0, startYear: 1 };
  const difficulty = SOURCE_DIFFICULTY[source] ?? "harder";
  return {
    kind,
    id,
    name: "",
    source,
    difficulty,
    annual: 0,
    startYear: 1,
    rampYears: 1,
    probability: 1,
  };
}

/** A copy of `root` with the value at `path` replaced (undefined removes the key). */
export function withChange<T>(root: T, path: readonly (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const current = (root ?? (typeof head === "number" ? [] : {})) as Record<
    string | number,
    unknown
  >;
  const next = Array.isArray(current) ? [...current] : { ...current };
  const child = withChange((current as Record<string | number, unknown>)[head!], rest, value);
  if (child === undefined && !Array.isArray(next))
    delete (next as Record<string, unknown>)[head as string];
  else (next as Record<string | number, unknown>)[head!] = child;
  return next as T;
}

/** One step of the ladder: a difficulty (or costs) with the lines in it and their indexes. */
export interface LadderStep {
  key: Difficulty | "costs";
  label: string;
  hint: string;
  lines: { line: DraftLine; index: number }[];
}

const HINTS: Record<Difficulty | "costs", string> = {
  easy: "External procurement: insurance, fleet, energy.",
  pretty_easy: "Executive team consolidation.",
  harder: "Borrowing costs; operational staff restructuring.",
  hardest:
    "Board restructuring: fewer non-executives, less board servicing, audit and regulatory cost.",
  costs:
    "One-off and recurring costs of partnering (set-up, integration, TUPE, systems, coordination).",
};

/** Lines grouped by difficulty from easy to hardest (the paper's ladder), then costs. */
export function ladderOf(lines: readonly DraftLine[]): LadderStep[] {
  const indexed = lines.map((line, index) => ({ line, index }));
  const steps: LadderStep[] = DIFFICULTIES.map((d) => ({
    key: d,
    label: `Savings: ${DIFFICULTY_LABELS[d].toLowerCase()}`,
    hint: HINTS[d],
    lines: indexed.filter(({ line }) => line.kind === "saving" && line.difficulty === d),
  }));
  steps.push({
    key: "costs",
    label: "Costs",
    hint: HINTS.costs,
    lines: indexed.filter(({ line }) => line.kind !== "saving"),
  });
  return steps;
}

/** Field errors from server problems under `$.document`, re-keyed to the document's own paths. */
export function documentErrorsOf(
  problems: readonly { path: string; message: string }[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of problems) errors[p.path.replace(/^\$\.document/, "$")] ??= p.message;
  return errors;
}
