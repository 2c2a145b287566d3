import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuditHarness, auditHarness } from "../../test/factories/audit-harness.ts";
import { memberSet } from "../services/index.ts";

// Appraisals and supply chains are large documents: the log keeps titles, version numbers and
// sizes, not the documents. Survey answers are confidential: the log keeps the fact and the
// organisation, never an answer.

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
  return h.since(mark);
}

/** The only entry a write appended. */
async function one(status: number, write: () => ReturnType<AuditHarness["asOwner"]>) {
  const entries = await logged(status, write);
  expect(entries).toHaveLength(1);
  return entries[0]!;
}

describe("appraisal writes", () => {
  it("logs create, edit, decide, actuals, a new version and delete: one entry each, no document", async () => {
    const { document } = (
      await h.asOwner("GET", `${ws}/appraisals/association-back-office`)
    ).json();
    const base = `${ws}/appraisals/audit-copy`;
    const created = await one(201, () =>
      h.asOwner("POST", `${ws}/appraisals`, { id: "audit-copy", document }),
    );
    expect(created).toMatchObject({
      action: "create",
      collection: "appraisals",
      actor_kind: "user",
    });
    expect(created.record_id).toBe("audit-copy");
    expect(created.changes).toEqual({
      after: {
        title: document.title,
        partnership: document.partnership ?? null,
        organisations: document.organisations ?? [],
        status: "draft",
        latestVersion: 1,
        decidedVersion: null,
        decidedOption: null,
      },
    });
    // Kept small: nothing of the options, lines or assumptions.
    expect(JSON.stringify(created.changes)).not.toContain('"lines"');

    const retitled = { ...document, title: "Audit copy" };
    const edited = await one(200, () => h.asOwner("PUT", base, { document: retitled }));
    expect(edited.changes).toEqual({
      before: { title: document.title },
      after: { title: "Audit copy" },
      version: 1,
    });

    const decided = await one(200, () =>
      h.asOwner("POST", `${base}/decide`, { option: "association" }),
    );
    expect(decided).toMatchObject({ action: "decide", record_id: "audit-copy" });
    expect(decided.changes).toEqual({
      before: { status: "draft", decidedVersion: null, decidedOption: null },
      after: { status: "decided", decidedVersion: 1, decidedOption: "association" },
    });
    expect(
      await logged(409, () => h.asOwner("POST", `${base}/decide`, { option: "association" })),
    ).toEqual([]);

    const rows = [
      { option: "association", line: "fundraising", year: 1, amount: 57000 },
      { option: "association", line: "fundraising", year: 2, amount: 61000 },
    ];
    const actuals = await one(200, () => h.asOwner("PUT", `${base}/actuals`, rows));
    expect(actuals).toMatchObject({ action: "actuals", collection: "appraisals" });
    expect(actuals.changes).toEqual({ version: 1, option: "association", recorded: 2 });
    const wrong = [{ option: "full-merger", line: "fundraising", year: 1, amount: 1 }];
    expect(await logged(400, () => h.asOwner("PUT", `${base}/actuals`, wrong))).toEqual([]);

    // Editing a decided appraisal opens version 2 as a draft.
    const reopened = await one(200, () => h.asOwner("PUT", base, { document: retitled }));
    expect(reopened.changes).toEqual({
      before: { status: "decided", latestVersion: 1 },
      after: { status: "draft", latestVersion: 2 },
      version: 2,
    });

    const deleted = await one(204, () => h.asOwner("DELETE", base));
    expect(deleted).toMatchObject({ action: "delete", record_id: "audit-copy" });
    expect(deleted.changes).toMatchObject({ before: { title: "Audit copy", latestVersion: 2 } });
    expect(await logged(404, () => h.asOwner("DELETE", base))).toEqual([]);
  });
});

describe("supply-chain writes and survey answers", () => {
  const chain = "work-programme-area-x";

  it("logs create, update and delete with a fingerprint of the model, not the model", async () => {
    const detail = (await h.asToken("GET", `${ws}/supply-chains/${chain}`)).json();
    const input = { id: "audit-chain", name: "Audit chain", document: detail.document };
    const created = await one(201, () => h.asToken("POST", `${ws}/supply-chains`, input));
    expect(created).toMatchObject({
      actor_kind: "token",
      action: "create",
      collection: "supply-chains",
    });
    const after = created.changes!.after as Record<string, unknown>;
    expect(after).toMatchObject({
      name: "Audit chain",
      partnership: null,
      contract: null,
      providers: detail.document.providers.length,
      groups: detail.document.groups.length,
    });
    expect(after.model).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(created.changes).length).toBeLessThan(400);

    const url = `${ws}/supply-chains/audit-chain`;
    const renamed = await one(200, () =>
      h.asToken("PUT", url, { ...input, name: "Renamed chain" }),
    );
    // Same model: only the name changed.
    expect(renamed.changes).toEqual({
      before: { name: "Audit chain" },
      after: { name: "Renamed chain" },
    });
    const shorter = { ...detail.document, horizonWeeks: detail.document.horizonWeeks - 52 };
    const remodelled = await one(200, () =>
      h.asToken("PUT", url, { ...input, name: "Renamed chain", document: shorter }),
    );
    // The model changed but not its sizes: only the fingerprint says so.
    expect(Object.keys(remodelled.changes!.after as object)).toEqual(["model"]);
    expect(remodelled.changes!.after).not.toEqual(remodelled.changes!.before);

    const deleted = await one(204, () => h.asToken("DELETE", url));
    expect(deleted).toMatchObject({ action: "delete", record_id: "audit-chain" });
    expect(await logged(404, () => h.asToken("DELETE", url))).toEqual([]);
  });

  it("logs that a member answered the survey and for which organisation, never the answers", async () => {
    const orgs = (await h.asOwner("GET", `${ws}/organisations?limit=1`)).json();
    const organisation = orgs.items[0].id as string;
    await memberSet(h.ctx, "demo", h.owner.id, { role: "owner", organisation });
    const answer = { relation: "present", answers: { "funding-1": 4, "design-1": 2 } };
    const entry = await one(201, () =>
      h.asOwner("POST", `${ws}/supply-chains/${chain}/merlin/responses`, answer),
    );
    expect(entry).toMatchObject({
      actor_kind: "user",
      actor_id: h.owner.id,
      action: "create",
      collection: "merlin_responses",
      record_id: null,
    });
    expect(entry.changes).toEqual({ after: { supplyChain: chain, organisation } });
    const text = JSON.stringify(entry);
    for (const secret of ["funding-1", "design-1", "present"]) expect(text).not.toContain(secret);
    const bad = { relation: "present", answers: { "funding-1": 9 } };
    expect(
      await logged(400, () =>
        h.asOwner("POST", `${ws}/supply-chains/${chain}/merlin/responses`, bad),
      ),
    ).toEqual([]);
  });
});
