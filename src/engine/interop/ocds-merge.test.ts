import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compiledReleaseOf, versionedReleaseOf } from "./ocds-merge.ts";
import { mergeRulesOf } from "./ocds-merge-rules.ts";

const testdata = new URL("../../../test/fixtures/ocds/", import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, testdata), "utf8"));
const schema = JSON.parse(
  readFileSync(new URL("../../../schemas/ocds/1.1.5/release-schema.json", import.meta.url), "utf8"),
);
// The golden packages declare no `version`, which OCDS reads as 1.0 (whole-list merge of suppliers).
const rules10 = mergeRulesOf(schema, "1.0");
const rules11 = mergeRulesOf(schema, "1.1");

/** Compares serialised text, so that 'equal' also means 'same field order' as ocdskit's output. */
const ordered = (value: unknown) => JSON.stringify(value);

describe("OCDS merge against ocdskit's golden files", () => {
  it.each([1, 2])("compiles release-package-%i exactly as ocdskit compile", (n) => {
    const pkg = read(`ocdskit-merge-golden/release-package-${n}.json`);
    const expected = read(`ocdskit-merge-golden/compiled-release-${n}.json`);
    expect(ordered(compiledReleaseOf(pkg.releases, rules10))).toBe(ordered(expected));
  });

  it.each([1, 2])("versions release-package-%i exactly as ocdskit compile --versioned", (n) => {
    const pkg = read(`ocdskit-merge-golden/release-package-${n}.json`);
    const expected = read(`ocdskit-merge-golden/versioned-release-${n}.json`);
    expect(ordered(versionedReleaseOf(pkg.releases, rules10))).toBe(ordered(expected));
  });
});

describe("mergeRulesOf", () => {
  it("reads omitWhenMerged, wholeListMerge and arrays of non-objects from the schema", () => {
    expect(rules11.get("tag")).toBe("omitWhenMerged");
    expect(rules11.get("tender/submissionMethod")).toBe("wholeListMerge");
    expect(rules11.has("awards/suppliers")).toBe(false);
    expect(rules10.get("awards/suppliers")).toBe("wholeListMerge");
  });
});

describe("compiledReleaseOf", () => {
  const base = { ocid: "ocds-x-1", tag: ["tender"] };
  it("merges objects in arrays by id, replaces other lists whole and removes nulls", () => {
    const compiled = compiledReleaseOf(
      [
        {
          ...base,
          id: "2",
          date: "2020-02-01",
          awards: [{ id: "a", title: "B" }],
          tender: { submissionMethod: ["written"], title: null },
        },
        {
          ...base,
          id: "1",
          date: "2020-01-01",
          awards: [{ id: "a", value: 5 }, { id: "b" }],
          tender: { submissionMethod: ["electronic", "inPerson"], title: "T" },
        },
      ],
      rules11,
    );
    expect(compiled).toEqual({
      tag: ["compiled"],
      id: "ocds-x-1-2020-02-01",
      date: "2020-02-01",
      ocid: "ocds-x-1",
      awards: [{ id: "a", value: 5, title: "B" }, { id: "b" }],
      tender: { submissionMethod: ["written"] },
    });
  });

  it("names the field when releases give it different kinds of value", () => {
    const releases = [
      { ...base, id: "1", date: "2020-01-01", tender: { items: "three chairs" } },
      { ...base, id: "2", date: "2020-02-01", tender: { items: [{ id: "i1", quantity: 3 }] } },
    ];
    expect(() => compiledReleaseOf(releases, rules11)).toThrow(
      /cannot be merged at tender\/items\/\[i1\]\/(id|quantity): that field holds different kinds/,
    );
  });

  it("keeps objects without id apart rather than merging them by position", () => {
    const r = (id: string, date: string, name: string) => ({
      ...base,
      id,
      date,
      tender: { milestones: [{ title: name }] },
    });
    const compiled = compiledReleaseOf(
      [r("1", "2020-01-01", "x"), r("2", "2020-02-01", "y")],
      rules11,
    );
    expect((compiled["tender"] as { milestones: unknown[] }).milestones).toEqual([
      { title: "x" },
      { title: "y" },
    ]);
  });
});

describe("the one-walk merge against the straightforward port of ocdsmerge", () => {
  // A seeded linear congruential generator: the same releases on every run.
  const rng = (seed: number) => () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed / 2 ** 32;
  };
  const FIELDS = [
    "id",
    "title",
    "value",
    "awards",
    "suppliers",
    "tender",
    "items",
    "tag",
    "a\u0001b",
    '"q"',
  ];
  function randomValue(next: () => number, depth: number): unknown {
    const r = next();
    if (depth > 3 || r < 0.3) return [null, "x", "y", 1, 2, true, ""][Math.floor(next() * 7)];
    if (r < 0.45) return ["written", "electronic"].slice(0, Math.floor(next() * 3));
    if (r < 0.75) {
      const list: unknown[] = [];
      for (let i = Math.floor(next() * 4); i > 0; i--) list.push(randomObject(next, depth + 1));
      return list;
    }
    return randomObject(next, depth + 1);
  }
  function randomObject(next: () => number, depth: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    for (let i = Math.floor(next() * 4); i > 0; i--) {
      const field = FIELDS[Math.floor(next() * FIELDS.length)]!;
      // Ids repeat often, so objects in one list merge; sometimes they are objects or lists.
      obj[field] =
        field === "id" && next() < 0.8
          ? ["1", "2", 1, null][Math.floor(next() * 4)]
          : randomValue(next, depth);
    }
    return obj;
  }
  // Releases that give one field a list in one release and text in another break both (as they
  // break ocdsmerge); pass 1 reports them as invalid against the schema.
  const outcome = (merge: () => unknown) => {
    try {
      return ordered(merge());
    } catch {
      return "fails";
    }
  };
  it("compiles and versions random releases exactly as the reference does", async () => {
    const { referenceCompiledReleaseOf, referenceVersionedReleaseOf } = await import(
      "../../../test/reference/ocds-merge-reference.ts"
    );
    const next = rng(20261129);
    let compared = 0;
    for (let run = 0; run < 400; run++) {
      const releases = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => ({
        ...randomObject(next, 0),
        ocid: "ocds-x-1",
        id: `r${i}`,
        date: `2020-0${1 + Math.floor(next() * 3)}-01`,
        tender: { submissionMethod: ["written"], ...randomObject(next, 1) },
        awards: [randomObject(next, 1), { id: "a", suppliers: [randomObject(next, 2)] }],
      }));
      for (const rules of [rules10, rules11]) {
        expect(outcome(() => compiledReleaseOf(releases, rules))).toBe(
          outcome(() => referenceCompiledReleaseOf(releases, rules)),
        );
        expect(outcome(() => versionedReleaseOf(releases, rules))).toBe(
          outcome(() => referenceVersionedReleaseOf(releases, rules)),
        );
        if (outcome(() => referenceCompiledReleaseOf(releases, rules)) !== "fails") compared++;
      }
    }
    // Most runs merge to a release rather than failing on both sides.
    expect(compared).toBeGreaterThan(500);
  });
});
