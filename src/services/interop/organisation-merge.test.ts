import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../store/index.ts";
import { contextOf, type ServiceContext } from "../context.ts";
import { exchangeExportJson } from "../exchange.ts";
import { duplicatesFind } from "./duplicates.ts";
import { importBatchUndo } from "./import-undo.ts";
import { mergeUndo, organisationMerge } from "./organisation-merge.ts";
import { standardImport } from "./standard-import.ts";

const PFP = new URL(
  "../../../test/fixtures/ocds/contracts-finder-2025/ocds-b5fd17-8c7529f3-ad28-4b4d-b917-c5d1578e412f.json",
  import.meta.url,
).pathname;
const AXIS = ["GB-CFS-312098", "GB-CFS-312109", "GB-CFS-312112", "GB-CFS-312113", "GB-CFS-312117"];
// Hand-labelled groups of the same firm (see ocds-preview.test.ts).
const TRUTH = [
  ["312097", "246938", "312108"],
  AXIS.map((a) => a.slice(7)),
  ["312099", "312116"],
  ["312100", "312114"],
  ["312103", "312111"],
  ["312104", "312105", "312107"],
  ["312119", "312122"],
  ["312120", "312124"],
  ["312118", "243344"],
];
const same = (a: string, b: string) =>
  TRUTH.some((g) => g.includes(a.slice(7)) && g.includes(b.slice(7)));

let store: Store;
let ctx: ServiceContext;
beforeEach(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  let tick = 0;
  ctx = contextOf(store, () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)));
  await standardImport(ctx, "pfp", "ocds", PFP);
});
afterEach(() => store.close());

describe("duplicates over a stored workspace", () => {
  it("finds every true pair of the Places for People framework, precisely above 0.5", async () => {
    const found = await duplicatesFind(ctx, "pfp");
    expect(found.filter((c) => same(c.a, c.b))).toHaveLength(22);
    const confident = found.filter((c) => c.score >= 0.5);
    expect(confident.filter((c) => same(c.a, c.b)).length / confident.length).toBe(1);
    expect(found.find((c) => c.a === AXIS[0] && c.b === AXIS[1])).toMatchObject({
      reasons: expect.arrayContaining(["same name"]),
      aName: expect.stringMatching(/Axis Europe/i),
    });
  });
});

describe("organisationMerge", () => {
  it("moves contracts to the survivor, keeps names and identifiers, and undoes exactly", async () => {
    const before = await exchangeExportJson(ctx, "pfp");
    const { merge, survivor } = await organisationMerge(ctx, "pfp", AXIS[1]!, AXIS[0]!);
    const doc = JSON.parse(await exchangeExportJson(ctx, "pfp"));
    expect(doc.organisations.some((o: { id: string }) => o.id === AXIS[1])).toBe(false);
    expect(survivor.identifiers).toEqual(
      expect.arrayContaining([
        { scheme: "GB-CFS", id: "312098" },
        { scheme: "GB-CFS", id: "312109" },
      ]),
    );
    const providers = doc.contracts.flatMap((c: { providers: { organisation: string }[] }) =>
      c.providers.map((p) => p.organisation),
    );
    expect(providers).not.toContain(AXIS[1]);
    expect(providers).toContain(AXIS[0]);
    expect(JSON.stringify(doc.partnerships)).not.toContain(AXIS[1]);
    // Re-importing the source folds the merged organisation into the survivor again.
    const again = await standardImport(ctx, "pfp", "ocds", PFP, { dryRun: true });
    expect(again.merged).toContainEqual({ id: AXIS[1], into: AXIS[0] });
    expect(again.created.organisations).toEqual([]);
    await mergeUndo(ctx, "pfp", merge);
    expect(await exchangeExportJson(ctx, "pfp")).toBe(before);
    expect((await mergeUndo(ctx, "pfp", merge).catch((e) => e)).code).toBe("conflict");
  });

  it("refuses to undo an import batch while a merge depends on it, naming the organisation", async () => {
    const [batch] = await (await import("./import-undo.ts")).importBatchesList(ctx, "pfp");
    await organisationMerge(ctx, "pfp", AXIS[1]!, AXIS[0]!);
    const error = await importBatchUndo(ctx, "pfp", batch!.id).catch((e) => e);
    expect(error.code).toBe("conflict");
    expect(error.problems.map((p: { path: string }) => p.path)).toContain(
      `organisations/${AXIS[1]}`,
    );
  });
});
