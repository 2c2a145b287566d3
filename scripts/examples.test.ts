import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import {
  differenceOf,
  type ExampleComment,
  type ExpectedResult,
  exampleCommentsOf,
  expectedOf,
} from "./example-comments.ts";

// Every `@example expression // result` in the engine and shared code whose result is stated (a
// literal, "≈ n", "n…" or "throws …") is run against its module's exports and compared. Examples
// that need a variable the comment does not define (`prepared`, `doc`, `rng`) cannot be run alone.
const ROOT = join(import.meta.dirname, "..");
const FOLDERS = ["src/engine", "src/shared"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

type Scope = Record<string, unknown>;

// Module exports first; a name the module only imports is taken from the one engine/shared module
// exporting it (e.g. seededRandom in synthetic-draws' examples), never when two modules export it.
async function scopesOf(files: string[]): Promise<{ own: Map<string, Scope>; unique: Scope }> {
  const own = new Map<string, Scope>();
  const owners = new Map<string, unknown[]>();
  for (const file of files) {
    const exports = (await import(file)) as Scope;
    own.set(file, exports);
    for (const [name, value] of Object.entries(exports))
      owners.set(name, [...(owners.get(name) ?? []), value]);
  }
  const unique: Scope = {};
  for (const [name, values] of owners) if (new Set(values).size === 1) unique[name] = values[0];
  return { own, unique };
}

type Outcome = { ran: true; value: unknown } | { ran: true; error: Error } | { ran: false };

function run(example: ExampleComment, scope: Scope): Outcome {
  // "…" inside an expression elides an argument (a register's text), so it cannot run as written.
  if (example.expression.includes("…")) return { ran: false };
  let body: (...args: unknown[]) => unknown;
  try {
    body = new Function(
      ...Object.keys(scope),
      `"use strict"; return (${example.expression});`,
    ) as never;
  } catch {
    return { ran: false }; // statements (`const g = …; g.finish()`), or prose such as `[...]`
  }
  try {
    return { ran: true, value: body(...Object.values(scope)) };
  } catch (error) {
    const missing = /^(\w+) is not defined$/.exec((error as Error).message)?.[1];
    if (error instanceof ReferenceError && missing && !(missing in scope)) return { ran: false };
    return { ran: true, error: error as Error };
  }
}

/** Why an example's outcome disagrees with its stated result ("" when it agrees). */
function verdictOf(outcome: Outcome, expected: ExpectedResult): string {
  if (!outcome.ran || expected.kind === "prose") return "";
  if ("error" in outcome) {
    if (expected.kind === "throws" && outcome.error.message.startsWith(expected.messageStart))
      return "";
    return `threw ${outcome.error.message}`;
  }
  if (expected.kind === "throws") return `returned ${String(outcome.value)} instead of throwing`;
  if (expected.kind === "approximately") {
    const value = outcome.value;
    if (typeof value === "number" && Math.abs(value - expected.value) <= expected.tolerance)
      return "";
    return `${String(value)} is not within ${expected.tolerance} of ${expected.value}`;
  }
  return differenceOf(outcome.value, expected.value);
}

const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));
const examples = files.flatMap((file) => exampleCommentsOf(file));

describe("@example comments in src/engine and src/shared", () => {
  it("state the truth wherever they state a result", async () => {
    const { own, unique } = await scopesOf(files);
    const wrong: string[] = [];
    let checked = 0;
    for (const example of examples) {
      const expected = expectedOf(example.stated);
      const outcome = run(example, { ...unique, ...own.get(example.file) });
      if (!outcome.ran || expected.kind === "prose") continue;
      checked++;
      const verdict = verdictOf(outcome, expected);
      const where = `${relative(ROOT, example.file)}:${example.line}`;
      if (verdict) wrong.push(`${where} ${example.expression} // ${example.stated}: ${verdict}`);
    }
    expect(wrong).toEqual([]);
    // Guards the reader itself: 117 examples state a result and run alone (December 2026); a
    // parsing slip that skipped them all would otherwise pass silently.
    expect(checked).toBeGreaterThanOrEqual(115);
  });
});

describe("the example checker", () => {
  const comment = (expression: string, stated: string): ExampleComment[] =>
    exampleCommentsOf("x.ts", `/**\n * @example ${expression} // ${stated}\n */`);

  it("reads expression and stated result, keeping '//' inside strings", () => {
    expect(comment('f("http://x")', '"y"')).toEqual([
      { file: "x.ts", line: 2, expression: 'f("http://x")', stated: '"y"' },
    ]);
  });

  it("flags a wrong exact result and accepts the right one", () => {
    const scope = { double: (x: number) => 2 * x };
    const [example] = comment("double(2)", "5");
    if (!example) throw new Error("expected one example");
    expect(verdictOf(run(example, scope), expectedOf(example.stated))).toBe("$: 4 ≠ 5");
    expect(verdictOf(run(example, scope), expectedOf("4"))).toBe("");
  });

  it("compares '≈' to the digits shown and lists of typed arrays item by item", () => {
    const rounded = expectedOf("(95 × 0.175 + 270 × 0.2) / 365 ≈ 0.19349");
    expect(rounded).toMatchObject({ kind: "approximately", value: 0.19349 });
    if (rounded.kind !== "approximately") throw new Error("expected an approximate result");
    expect(rounded.tolerance).toBeCloseTo(0.000005, 15);
    expect(expectedOf("0.5, since 1 − 0.5² = 0.75")).toEqual({ kind: "exact", value: 0.5 });
    expect(differenceOf(Float64Array.of(1, 4), [1, 5])).toBe("$[1]: 4 ≠ 5");
    expect(expectedOf("a fixed number near 0")).toEqual({ kind: "prose" });
  });
});
