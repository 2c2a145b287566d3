import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuditHarness, auditHarness } from "../../test/factories/audit-harness.ts";
import { buildOrganisation } from "../../test/factories/entities.ts";
import { demoLoad } from "../services/index.ts";

// Imports log one entry per batch, with its counts, never one per record; undoing a batch, merging
// organisations and undoing a merge log one entry each; the demo load logs one entry.

let h: AuditHarness;
const ws = "/api/v1/workspaces/demo";

beforeAll(async () => {
  h = await auditHarness();
});
afterAll(() => h.close());

async function logged(status: number, write: () => ReturnType<AuditHarness["asOwner"]>) {
  const mark = await h.mark();
  const res = await write();
  expect(res.statusCode, res.body).toBe(status);
  return { res, entries: await h.since(mark) };
}

const csvType = { "content-type": "text/csv" };

describe("standard imports", () => {
  const rows = Array.from(
    { length: 1200 },
    (_, i) => `GB-CHC-${8_000_000 + i},Audit charity ${i},third`,
  );
  const csv = `id,name,sector\n${rows.join("\n")}\n`;
  let batch: string;

  it("logs an import of 1,200 records (several chunks) as one entry with its counts", async () => {
    const { res, entries } = await logged(200, () =>
      h.asToken("POST", `${ws}/imports?kind=csv&filename=orgs.csv`, csv, csvType),
    );
    batch = res.json().batch;
    expect(batch).toBeTruthy();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor_kind: "token",
      actor_id: h.owner.id,
      action: "import",
      collection: "imports",
      record_id: batch,
    });
    type Counts = Record<"created" | "changed", Record<string, number>> & Record<string, unknown>;
    const changes = entries[0]!.changes as { kind: string; sourceFile: string; counts: Counts };
    expect(changes.kind).toBe("csv");
    expect(changes.sourceFile).toBe("orgs.csv");
    expect(changes.counts.created.organisations).toBe(1200);
    expect(changes.counts.changed.organisations).toBe(0);
    expect(changes.counts).toMatchObject({ unchanged: 0, merged: 0 });
  });

  it("logs nothing when the same file changes nothing, or when an invalid file is refused", async () => {
    const again = await logged(200, () =>
      h.asToken("POST", `${ws}/imports?kind=csv&filename=orgs.csv`, csv, csvType),
    );
    expect(again.res.json().batch).toBeNull();
    expect(again.entries).toEqual([]);
    const bad = "id,name,sector\nGB-CHC-7000001,Fine,third\nGB-CHC-7000002,Bad,nonsense\n";
    const refused = await logged(400, () =>
      h.asToken("POST", `${ws}/imports?kind=csv&filename=bad.csv`, bad, csvType),
    );
    expect(refused.entries).toEqual([]);
  });

  it("logs an undo as one entry naming the batch and how many records it deleted", async () => {
    const { entries } = await logged(200, () => h.asToken("POST", `${ws}/imports/${batch}/undo`));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "undo", collection: "imports", record_id: batch });
    expect(entries[0]!.changes).toEqual({
      kind: "csv",
      sourceFile: "orgs.csv",
      deleted: 1200,
      restored: 0,
    });
    const twice = await logged(409, () => h.asToken("POST", `${ws}/imports/${batch}/undo`));
    expect(twice.entries).toEqual([]);
  });
});

describe("partnerscope/v1 imports, merges and the demo", () => {
  it("logs a whole document as one import entry with its counts", async () => {
    const doc = {
      format: "partnerscope/v1",
      workspace: { name: "Audit exchange" },
      organisations: [
        buildOrganisation({ id: "GB-CHC-6000001", name: "First" }),
        buildOrganisation({ id: "GB-CHC-6000002", name: "Second" }),
      ],
      partnerships: [],
      events: [],
      contracts: [],
      evidence: [],
    };
    const { entries } = await logged(200, () =>
      h.asOwner("POST", "/api/v1/workspaces/audit-exchange/import", doc),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor_kind: "user", action: "import", record_id: null });
    expect(entries[0]!.changes).toEqual({
      format: "partnerscope/v1",
      replace: false,
      created: true,
      counts: { organisations: 2, partnerships: 0, events: 0, contracts: 0, evidence: 0 },
    });
    const broken = { ...doc, organisations: [{ id: "GB-CHC-6000003" }] };
    const refused = await logged(400, () =>
      h.asOwner("POST", "/api/v1/workspaces/audit-exchange/import", broken),
    );
    expect(refused.entries).toEqual([]);
  });

  it("logs a merge and its undo as one entry each", async () => {
    for (const [id, name] of [
      ["GB-CHC-5000001", "Merged away"],
      ["GB-CHC-5000002", "Survivor"],
    ])
      await h.asOwner("POST", `${ws}/organisations`, buildOrganisation({ id, name }));
    const url = `${ws}/organisations/GB-CHC-5000001/merge`;
    const merged = await logged(201, () => h.asOwner("POST", url, { into: "GB-CHC-5000002" }));
    const mergeId = merged.res.json().merge as string;
    expect(merged.entries).toHaveLength(1);
    expect(merged.entries[0]).toMatchObject({
      action: "merge",
      collection: "organisations",
      record_id: "GB-CHC-5000001",
    });
    expect(merged.entries[0]!.changes).toEqual({
      merge: mergeId,
      into: "GB-CHC-5000002",
      moved: 0,
    });
    const self = await logged(400, () =>
      h.asOwner("POST", `${ws}/organisations/GB-CHC-5000002/merge`, { into: "GB-CHC-5000002" }),
    );
    expect(self.entries).toEqual([]);
    const undone = await logged(200, () => h.asOwner("POST", `${ws}/merges/${mergeId}/undo`));
    expect(undone.entries.map((e) => [e.action, e.record_id, e.changes])).toEqual([
      ["unmerge", "GB-CHC-5000001", { merge: mergeId, into: "GB-CHC-5000002" }],
    ]);
  });

  it("logs the demo load as one entry (not one per appraisal or supply chain)", async () => {
    const mark = await h.mark();
    await demoLoad(h.ctx);
    const entries = await h.since(mark);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor_kind: "cli",
      action: "import",
      collection: "imports",
    });
    // The demo file's entities, the worked appraisals, the one supply chain, the outcome frameworks
    // and the Joined-up Services co-production project.
    expect(entries[0]!.changes).toEqual({
      source: "demo",
      replace: true,
      created: false,
      counts: {
        organisations: 68,
        partnerships: 29,
        events: 39,
        contracts: 6,
        evidence: 40,
        appraisals: 5,
        supplyChains: 1,
        outcomeFrameworks: 3,
        coproductionProjects: 1,
      },
    });
  });
});
