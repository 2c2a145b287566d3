import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeGivingPackage } from "../../../test/factories/interop-data.ts";
import type { Contract } from "../../shared/index.ts";
import { openStore, type Store, workspaceBySlug } from "../../store/index.ts";
import { contextOf, type ServiceContext } from "../context.ts";
import { demoLoad } from "../demo.ts";
import { entityGet, entitySave } from "../entities.ts";
import { DomainError } from "../errors.ts";
import { exchangeExportJson } from "../exchange.ts";
import { importBatchesList, importBatchUndo } from "./import-undo.ts";
import { standardImport } from "./standard-import.ts";

const data = (path: string) => new URL(`../../../test/fixtures/${path}`, import.meta.url).pathname;
const filesIn = (dir: string) => readdirSync(data(dir)).map((f) => join(data(dir), f));

let store: Store;
let ctx: ServiceContext;
beforeEach(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  let tick = 0;
  ctx = contextOf(store, () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)));
});
afterEach(() => store.close());

const VALID_OCDS = [
  ...filesIn("ocds/contracts-finder-2025"),
  ...filesIn("ocds/contracts-finder-2016/releases"),
  ...filesIn("ocds/ocp-fictional-example-1.1"),
].filter((f) => f.endsWith(".json"));

describe("standardImport of every test data file", () => {
  it.each(VALID_OCDS)("imports OCDS %s and re-importing it changes nothing", async (file) => {
    const first = await standardImport(ctx, "w", "ocds", file);
    expect(first.report.valid).toBe(true);
    expect(first.batch).not.toBeNull();
    const created = Object.values(first.created).flat().length;
    expect(created).toBeGreaterThan(0);
    const before = await exchangeExportJson(ctx, "w");
    const again = await standardImport(ctx, "w", "ocds", file);
    expect(again.batch).toBeNull();
    expect(Object.values(again.changed).flat()).toEqual([]);
    expect(again.unchanged).toBe(created);
    expect(await exchangeExportJson(ctx, "w")).toBe(before);
  });

  it.each(filesIn("ocds/contracts-finder-2016/records"))(
    "stops on the bare 2016 record %s with its grouped errors",
    async (file) => {
      const error = await standardImport(ctx, "w", "ocds", file).catch((e) => e);
      expect(error.code).toBe("invalid");
      const dry = await standardImport(ctx, "w", "ocds", file, { dryRun: true });
      expect(dry.report.errors.map((e) => e.rule)).toContain("required:ocid");
      expect(Object.values(dry.created).flat()).toEqual([]);
    },
  );

  it.each(filesIn("ocds/ocdskit-merge-golden").filter((f) => /release-package/.test(f)))(
    "stops on the OCDS packages without a version (%s), naming the rule",
    async (file) => {
      const error = await standardImport(ctx, "w", "ocds", file).catch((e) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error.problems.map((p: { message: string }) => p.message).join()).toMatch(/version/);
      expect(await importBatchesList(ctx, "w").catch(() => "no workspace")).toBe("no workspace");
    },
  );

  it.each(filesIn("360giving/grantnav-test-data").filter((f) => !/OiDBQAA3/.test(f)))(
    "imports 360Giving %s",
    async (file) => {
      const result = await standardImport(ctx, "w", "360giving", file);
      expect(result.report.valid).toBe(true);
      expect(result.created.contracts.length).toBe(result.counts.grants);
    },
  );

  it("stops on the Lloyds Bank Foundation file with its grouped errors, and imports the valid grants on request", async () => {
    const file = data("360giving/grantnav-test-data/a002400000OiDBQAA3.json");
    const error = await standardImport(ctx, "w", "360giving", file).catch((e) => e);
    expect(error.code).toBe("invalid");
    expect(error.problems[0].message).toMatch(/fromOpenCall must be "Yes" or "No" \(4116 records/);
    const dry = await standardImport(ctx, "w", "360giving", file, { dryRun: true });
    expect(dry.report.errors.map((e) => e.count)).toEqual([4116, 2002, 5]);
    expect(dry.report.errors[2]!.message).toMatch(/one of its allowed shapes|description/);
    const all = await standardImport(ctx, "w", "360giving", file, { onInvalid: "import-all" });
    expect(all.created.contracts).toHaveLength(4116);
  });
});

describe("import batches", () => {
  it("dry run reports what would be created and changed and writes nothing", async () => {
    await demoLoad(ctx);
    const before = await exchangeExportJson(ctx, "demo");
    const file = data(
      "ocds/contracts-finder-2025/ocds-b5fd17-fcf126d6-9a46-4410-93dc-0defcb3d9598.json",
    );
    const dry = await standardImport(ctx, "demo", "ocds", file, { dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.created.organisations.length).toBe(4);
    expect(dry.created.contracts).toHaveLength(1);
    expect(await exchangeExportJson(ctx, "demo")).toBe(before);
  });

  it("undo restores the exact export, and refuses while a later edit depends on the batch", async () => {
    await demoLoad(ctx);
    const before = await exchangeExportJson(ctx, "demo");
    const file = data("360giving/grantnav-test-data/grantnav-20180903134856.json");
    const { batch, created } = await standardImport(ctx, "demo", "360giving", file);
    expect(await exchangeExportJson(ctx, "demo")).not.toBe(before);
    const [listed] = await importBatchesList(ctx, "demo");
    expect(listed).toMatchObject({ id: batch, kind: "360giving", undoneAt: null });
    // An imported contract edited by hand blocks the undo, named; put back as it was, it does not.
    const id = created.contracts[0]!;
    const imported = (await entityGet(ctx, "demo", "contracts", id)) as Contract;
    await entitySave(ctx, "demo", "contracts", { ...imported, title: "Edited by hand" }, id);
    const refused = await importBatchUndo(ctx, "demo", batch!).catch((e) => e);
    expect(refused.code).toBe("conflict");
    expect(refused.problems).toContainEqual({
      path: `contracts/${id}`,
      message: "was edited or deleted after this import",
    });
    await entitySave(ctx, "demo", "contracts", imported, id);
    const undone = await importBatchUndo(ctx, "demo", batch!);
    expect(undone.deleted).toBeGreaterThan(5);
    expect(await exchangeExportJson(ctx, "demo")).toBe(before);
    const again = await importBatchUndo(ctx, "demo", batch!).catch((e) => e);
    expect(again.code).toBe("conflict");
  });
});

describe("a large file with one bad record at the very end", () => {
  it("reports that record by place and id, and writes nothing under the default policy", async () => {
    const dir = mkdtempSync(join(tmpdir(), "partnerscope-bad-end-"));
    try {
      const file = join(dir, "grants.json");
      await writeGivingPackage(file, 5_000);
      const bad = { id: "360G-bad-last", title: "Bad", currency: "GBP", amountAwarded: "lots" };
      const text = readFileSync(file, "utf8").replace(/\n\]\}\n$/, "");
      writeFileSync(file, `${text},\n${JSON.stringify(bad)}\n]}\n`);
      const error = await standardImport(ctx, "big", "360giving", file).catch((e) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error.message).toMatch(/nothing was imported/);
      const paths = error.problems.map((p: { path: string }) => p.path).join(" ");
      expect(paths).toContain("grants[5000] (360G-bad-last)");
      for (const table of [
        "workspaces",
        "organisations",
        "contracts",
        "import_batches",
        "provenance",
      ] as const)
        expect(await store.db.selectFrom(table).selectAll().execute()).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("imports the 5,000 valid grants when asked, counting organisations once however many chunks name them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "partnerscope-chunks-"));
    try {
      const file = join(dir, "grants.json");
      await writeGivingPackage(file, 5_000);
      const result = await standardImport(ctx, "big", "360giving", file);
      // 20 funders and 1,250 recipients, named across three chunks of 2,000 grants.
      expect(result.totals.created).toMatchObject({ organisations: 1_270, contracts: 5_000 });
      expect(result.counts).toMatchObject({ grants: 5_000, imported: 5_000, organisations: 1_270 });
      // Funder 0 names grants 0, 20, 40, … in every chunk; it keeps one provenance row: the first.
      const funder = await store.db
        .selectFrom("provenance")
        .select(["source_id", "batch_id"])
        .where("collection", "=", "organisations")
        .where("entity_id", "=", "GB-CHC-1000")
        .execute();
      expect(funder).toEqual([{ source_id: "360G-bench-0", batch_id: result.batch }]);
      const rows = await store.db
        .selectFrom("provenance")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(rows.n)).toBe(5_000 + 1_270);
      const again = await standardImport(ctx, "big", "360giving", file);
      expect(again.batch).toBeNull();
      expect(again.unchanged).toBe(6_270);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("releases that cannot be merged", () => {
  it("stop an import-all import with an error naming the file, the ocid and the field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "partnerscope-unmergeable-"));
    try {
      const release = (id: string, date: string, items: unknown) => ({
        ocid: "ocds-x-1",
        id,
        date,
        tag: ["tender"],
        initiationType: "tender",
        tender: { id: "t", items },
      });
      const file = join(dir, "unmergeable.json");
      const releases = [
        release("1", "2020-01-01T00:00:00Z", "three chairs"),
        release("2", "2020-02-01T00:00:00Z", [{ id: "i1", quantity: 3 }]),
      ];
      writeFileSync(
        file,
        JSON.stringify({ uri: "u", publishedDate: "2020-02-01T00:00:00Z", releases }),
      );
      const failed = await standardImport(ctx, "w", "ocds", file, {
        onInvalid: "import-all",
      }).catch((e) => e);
      expect(failed).toBeInstanceOf(DomainError);
      expect(failed.message).toMatch(
        /^unmergeable\.json: ocds-x-1: The releases cannot be merged at tender\/items\/\[i1\]/,
      );
      // Nothing written: the workspace the import would have created does not exist.
      expect(await workspaceBySlug(store.db, "w")).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
