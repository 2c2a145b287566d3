import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildOrganisation } from "../../../test/factories/entities.ts";
import { openStore, type Store } from "../../store/index.ts";
import { contextOf, type ServiceContext } from "../context.ts";
import { demoLoad } from "../demo.ts";
import { exchangeExport, exchangeImport } from "../exchange.ts";
import { ImportInputError } from "./import-input-error.ts";
import { standardImport } from "./standard-import.ts";
import { exportCsvFiles, exportOcds, exportXlsx } from "./workspace-exports.ts";

const tmp = mkdtempSync(join(tmpdir(), "exports-"));
const file = (name: string, data: string | Uint8Array) => {
  const path = join(tmp, name);
  writeFileSync(path, data);
  return path;
};
let store: Store;
let ctx: ServiceContext;
beforeEach(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store, () => new Date("2026-01-02T03:04:05.678Z"));
  await demoLoad(ctx);
});
afterEach(() => store.close());

describe("CSV export and import", () => {
  it("round-trips organisations, partnerships and memberships", async () => {
    const files = await exportCsvFiles(ctx, "demo");
    expect([...files.keys()]).toContain("recipients.csv");
    for (const name of ["organisations", "partnerships", "memberships"])
      await standardImport(ctx, "copy", "csv", file(`${name}.csv`, files.get(`${name}.csv`)!));
    const [demo, copy] = [await exchangeExport(ctx, "demo"), await exchangeExport(ctx, "copy")];
    expect(copy.organisations).toEqual(demo.organisations);
    expect(copy.partnerships).toEqual(demo.partnerships);
    const again = await standardImport(
      ctx,
      "copy",
      "csv",
      file("o2.csv", files.get("organisations.csv")!),
    );
    expect(again.batch).toBeNull();
  });

  it("escapes formulas on export and reads them back unchanged", async () => {
    const evil = '=HYPERLINK("http://evil.example","Click")';
    const org = buildOrganisation({ id: "evil", name: evil, otherNames: ["@SUM(1)"] });
    await exchangeImport(ctx, "demo", {
      ...(await exchangeExport(ctx, "demo")),
      organisations: [org],
    });
    const csv = (await exportCsvFiles(ctx, "demo")).get("organisations.csv")!;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    await standardImport(ctx, "back", "csv", file("organisations.csv", csv));
    const back = await exchangeExport(ctx, "back");
    expect(back.organisations.find((o) => o.id === "evil")).toMatchObject({
      name: evil,
      otherNames: ["@SUM(1)"],
    });
  });

  it("reads a CSV with embedded newlines and Kumu relationships through a mapping", async () => {
    const orgs = file("people.csv", 'Ref,Label\nA1,"Alpha\nTrust"\nB2,Beta\n');
    const mapping = { entity: "organisations" as const, columns: { id: "Ref", name: "Label" } };
    const r = await standardImport(ctx, "k", "csv", orgs, { mapping });
    expect(r.created.organisations).toEqual(["A1", "B2"]);
    expect((await exchangeExport(ctx, "k")).organisations[0]!.name).toBe("Alpha\nTrust");
    const rels = file("links.csv", "From,To,Type\nA1,Beta,consortium\nA1,Gamma Ltd,chat\n");
    const kumu = {
      entity: "relationships" as const,
      forms: { consortium: "joint_bidding_consortium" as const },
    };
    const k = await standardImport(ctx, "k", "csv", rels, { mapping: kumu });
    expect(k.created.organisations).toEqual(["Gamma-Ltd"]);
    const ps = (await exchangeExport(ctx, "k")).partnerships;
    expect(ps.map((p) => [p.form, p.members.map((m) => m.organisation)])).toEqual([
      ["joint_bidding_consortium", ["A1", "B2"]],
      ["other", ["A1", "Gamma-Ltd"]],
    ]);
  });
});

describe("XLSX", () => {
  it("exports a sheet per table and names a missing column on import", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportXlsx(ctx, "demo")) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "organisations",
      "partnerships",
      "memberships",
      "events",
      "contracts",
      "evidence",
      "funders",
      "recipients",
    ]);
    const bad = new ExcelJS.Workbook();
    bad.addWorksheet("organisations").addRow(["id", "sector"]);
    bad.getWorksheet("organisations")!.addRow(["x", "third"]);
    const path = file("bad.xlsx", new Uint8Array(await bad.xlsx.writeBuffer()));
    const error = await standardImport(ctx, "demo", "csv", path).catch((e) => e);
    expect(error).toBeInstanceOf(ImportInputError);
    expect(error.message).toMatch(/sheet 'organisations' has no column 'name'/);
  });
});

describe("exportOcds", () => {
  it("writes a release package published now", async () => {
    const pkg = await exportOcds(ctx, "demo");
    expect(pkg).toMatchObject({ version: "1.1", publishedDate: "2026-01-02T03:04:05Z" });
    expect((pkg.releases as unknown[]).length).toBeGreaterThan(0);
  });
});
