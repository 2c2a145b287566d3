import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { draft04Ajv } from "../../engine/interop/ajv-instances.ts";
import { supplierChangesOf } from "../../engine/interop/ocds-supplier-history.ts";
import { IMPORT_LIMITS } from "./import-limits.ts";
import { createImportSpill } from "./import-spill.ts";
import { ocdsPass } from "./ocds-pass.ts";
import { previewOcdsImport } from "./ocds-preview.ts";
import { provenanceRecordsOf } from "./provenance-records.ts";

const tmp = mkdtempSync(join(tmpdir(), "ocds-flood-"));
const OCID = "ocds-abc123-1";
const releaseOf = (i: number) => ({
  ocid: OCID,
  id: `r${i}`,
  date: `2020-01-01T00:${String(Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}Z`,
  tag: ["award"],
  initiationType: "tender",
  buyer: { id: "GB-GOR-B1", name: "Buyer Council" },
  parties: [
    { id: "GB-GOR-B1", name: "Buyer Council", roles: ["buyer"] },
    { id: `GB-COH-${i}`, name: `Supplier ${i}`, roles: ["supplier"] },
  ],
  awards: [{ id: `a${i}`, status: "active", suppliers: [{ id: `GB-COH-${i}`, name: `S ${i}` }] }],
});
const fileOf = (name: string, releases: unknown[]) => {
  const path = join(tmp, name);
  const meta = { uri: "http://x.org/p", publishedDate: "2020-01-01T00:00:00Z", version: "1.1" };
  writeFileSync(path, JSON.stringify({ ...meta, publisher: { name: "P" }, releases }));
  return path;
};

describe("many releases of one ocid", () => {
  it("compile to one process, and each provenance row names 10 release ids and the count", async () => {
    const path = fileOf(
      "flood.json",
      Array.from({ length: 300 }, (_, i) => releaseOf(i)),
    );
    const { document, provenance, counts } = await previewOcdsImport(path);
    expect(counts).toMatchObject({ releases: 300, ocids: 1, contracts: 300, organisations: 301 });
    const firstMet = new Set(document.organisations.map((o) => o.id));
    const rows = provenanceRecordsOf(provenance, document, new Map(), "b1", firstMet);
    expect(rows).toHaveLength(601);
    const contract = rows.find((r) => r.entityId === `${OCID}-a7`)!;
    const ids = ["r0", "r1", "r2", "r3", "r4", "r295", "r296", "r297", "r298", "r299"];
    expect(contract.data).toMatchObject({ ocid: OCID, releaseIds: ids, releaseCount: 300 });
    expect(contract.sourceId).toBe(
      "r0 r1 r2 r3 r4 … r295 r296 r297 r298 r299 (300 releases; first and last 5 shown)",
    );
    const longest = Math.max(...rows.map((r) => JSON.stringify(r).length));
    expect(longest).toBeLessThan(600);
  });

  it("keeps every release id when there are ten or fewer", async () => {
    const path = fileOf("few.json", [releaseOf(0), releaseOf(1)]);
    const { document, provenance } = await previewOcdsImport(path);
    const rows = provenanceRecordsOf(provenance, document, new Map(), "b1", new Set());
    expect(rows[0]).toMatchObject({ sourceId: "r0 r1", data: { releaseIds: ["r0", "r1"] } });
    expect(rows[0]!.data).not.toHaveProperty("releaseCount");
  });
});

describe("import limits (pass 1)", () => {
  const passOf = async (path: string, limits: Partial<typeof IMPORT_LIMITS>) => {
    const spill = createImportSpill();
    try {
      return await ocdsPass(path, spill, () => {}, { ...IMPORT_LIMITS, ...limits });
    } finally {
      spill.close();
    }
  };
  const releases = Array.from({ length: 60 }, (_, i) => releaseOf(i));

  it("refuses an ocid with more releases than the limit, naming it and where", async () => {
    const path = fileOf("many.json", releases);
    await expect(passOf(path, { maxEntriesPerOcid: 50 })).rejects.toThrow(
      `ocid ${OCID} has more than 50 releases and records (releases[50] went over;`,
    );
    expect((await passOf(path, { maxEntriesPerOcid: 60 })).counts["releases"]).toBe(60);
  });

  it("refuses an ocid with more text than the limit", async () => {
    const path = fileOf("text.json", releases);
    const each = JSON.stringify(releaseOf(0)).length;
    await expect(passOf(path, { maxCharsPerOcid: each * 3 })).rejects.toThrow(
      `ocid ${OCID} has more than ${(each * 3).toLocaleString("en-GB")} characters of JSON text in its releases and records (releases[3] went over;`,
    );
  });

  it("refuses an item longer than the limit, naming it, and reads one just within it", async () => {
    const path = fileOf("item.json", [
      releaseOf(0),
      { ...releaseOf(1), description: "x".repeat(5000) },
    ]);
    const size = JSON.stringify({ ...releaseOf(1), description: "x".repeat(5000) }).length;
    await expect(passOf(path, { maxItemChars: size - 1 })).rejects.toThrow(
      `releases[1] of top-level value 1 is longer than the limit of ${(size - 1).toLocaleString("en-GB")} characters of JSON text for one item`,
    );
    expect((await passOf(path, { maxItemChars: size })).counts["releases"]).toBe(2);
  });
});

describe("linear uniqueItems", () => {
  it("reports the pair Ajv reports, in the same words, also for long lists", () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ id: String(i), n: { a: 1, b: [i] } }));
    items.push({ n: { b: [42], a: 1 }, id: "42" }, { id: "7", n: { a: 1, b: [7] } });
    const validate = draft04Ajv().compile({ type: "array", uniqueItems: true });
    expect(validate(items)).toBe(false);
    expect(validate.errors![0]).toMatchObject({
      keyword: "uniqueItems",
      params: { i: 101, j: 7 },
      message: "must NOT have duplicate items (items ## 7 and 101 are identical)",
    });
    expect(validate(items.slice(0, 100))).toBe(true);
  });
});

describe("supplier changes over many releases", () => {
  it("lists who joined and left, oldest release first, whatever the file order", () => {
    const award = (...ids: string[]) => [{ id: "a", suppliers: ids.map((id) => ({ id })) }];
    const releases = [
      { id: "3", date: "2021-03-01", awards: award("B", "C") },
      { id: "1", date: "2021-01-01", awards: award("A") },
      { id: "2", date: "2021-02-01", awards: award("A", "B") },
    ];
    expect(supplierChangesOf(releases, "a")).toEqual([
      { partyId: "B", kind: "joined", date: "2021-02-01", releaseId: "2" },
      { partyId: "C", kind: "joined", date: "2021-03-01", releaseId: "3" },
      { partyId: "A", kind: "left", date: "2021-03-01", releaseId: "3" },
    ]);
  });
});
