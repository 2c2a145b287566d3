import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compiledReleaseOf, versionedReleaseOf } from "./ocds-merge.ts";
import { mergeRulesOf } from "./ocds-merge-rules.ts";

const testdata = new URL("../../../../shared/testdata/ocds/", import.meta.url);
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
