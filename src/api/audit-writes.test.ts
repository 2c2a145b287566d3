import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuditHarness, auditHarness } from "../../test/factories/audit-harness.ts";
import {
  buildContract,
  buildEvent,
  buildEvidence,
  buildOrganisation,
  buildPartnership,
} from "../../test/factories/entities.ts";

// Every kind of landscape and workspace write, through the API, appends exactly one entry naming
// who did it, what, to which record, and which fields changed; a refused write appends none.

const LEAD = {
  role: "lead" as const,
  joined: null,
  left: null,
  shareOfValue: null,
  shareOfTurnover: null,
  shareOfStaff: null,
};

let h: AuditHarness;
let demoId: number;
const ws = "/api/v1/workspaces/demo";

beforeAll(async () => {
  h = await auditHarness();
  const row = await h.store.db
    .selectFrom("workspaces")
    .select("id")
    .where("slug", "=", "demo")
    .executeTakeFirstOrThrow();
  demoId = row.id;
});
afterAll(() => h.close());

/** Runs `write`, expects `status`, and returns what the audit log gained meanwhile. */
async function logged(status: number, write: () => ReturnType<AuditHarness["asOwner"]>) {
  const mark = await h.mark();
  const res = await write();
  expect(res.statusCode, res.body).toBe(status);
  return h.since(mark);
}

describe("landscape writes", () => {
  const org = buildOrganisation({ id: "GB-CHC-9990001", name: "Audit Test Trust" });

  it("logs an organisation's create, update and delete by the signed-in user, with what changed", async () => {
    const [created, ...more] = await logged(201, () =>
      h.asOwner("POST", `${ws}/organisations`, org),
    );
    expect(more).toEqual([]);
    expect(created).toMatchObject({
      workspace_id: demoId,
      actor_kind: "user",
      actor_id: h.owner.id,
      actor_email: "olu@example.org",
      action: "create",
      collection: "organisations",
      record_id: "GB-CHC-9990001",
    });
    expect(created!.changes).toEqual({
      after: expect.objectContaining({ name: "Audit Test Trust" }),
    });

    const renamed = { ...org, name: "Audit Test Trust (renamed)" };
    const updated = await logged(200, () =>
      h.asOwner("PUT", `${ws}/organisations/${org.id}`, renamed),
    );
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({ action: "update", record_id: org.id, actor_kind: "user" });
    // Only the field that changed, before and after.
    expect(updated[0]!.changes).toEqual({
      before: { name: "Audit Test Trust" },
      after: { name: "Audit Test Trust (renamed)" },
    });

    const deleted = await logged(204, () => h.asOwner("DELETE", `${ws}/organisations/${org.id}`));
    expect(deleted).toHaveLength(1);
    expect(deleted[0]).toMatchObject({ action: "delete", collection: "organisations" });
    expect(deleted[0]!.changes).toEqual({
      before: expect.objectContaining({ id: org.id, name: "Audit Test Trust (renamed)" }),
    });
  });

  it("logs nothing for a refused write: a duplicate id (409), a bad body (400), a missing record (404)", async () => {
    const existing = buildOrganisation({ id: "GB-CHC-9990002", name: "Second Trust" });
    expect(
      await logged(201, () => h.asOwner("POST", `${ws}/organisations`, existing)),
    ).toHaveLength(1);
    expect(await logged(409, () => h.asOwner("POST", `${ws}/organisations`, existing))).toEqual([]);
    const bad = { ...existing, id: "GB-CHC-9990003", sector: "nonsense" };
    expect(await logged(400, () => h.asOwner("POST", `${ws}/organisations`, bad))).toEqual([]);
    expect(await logged(404, () => h.asOwner("DELETE", `${ws}/organisations/nope`))).toEqual([]);
    // Still referred to by a partnership: the delete is refused and rolled back.
    const member = buildPartnership({
      id: "p-audit",
      members: [{ ...LEAD, organisation: existing.id }],
    });
    expect(await logged(201, () => h.asOwner("POST", `${ws}/partnerships`, member))).toHaveLength(
      1,
    );
    expect(
      await logged(409, () => h.asOwner("DELETE", `${ws}/organisations/${existing.id}`)),
    ).toEqual([]);
  });

  it.each([
    ["partnerships", buildPartnership({ id: "p-audit-token" })],
    ["events", buildEvent({ id: "e-audit-token" })],
    ["contracts", buildContract({ id: "c-audit-token" })],
    ["evidence", buildEvidence({ id: "ev-audit-token" })],
  ])(
    "logs a %s create and delete by a scoped token as the token's user",
    async (collection, item) => {
      const created = await logged(201, () => h.asToken("POST", `${ws}/${collection}`, item));
      expect(created).toHaveLength(1);
      expect(created[0]).toMatchObject({
        actor_kind: "token",
        actor_id: h.owner.id,
        actor_email: "olu@example.org",
        action: "create",
        collection,
        record_id: item.id,
      });
      const deleted = await logged(204, () =>
        h.asToken("DELETE", `${ws}/${collection}/${item.id}`),
      );
      expect(deleted.map((e) => [e.action, e.collection, e.record_id])).toEqual([
        ["delete", collection, item.id],
      ]);
    },
  );

  it("appends in the write's own transaction: when the entry cannot be written, neither is the record", async () => {
    await sql`create trigger audit_refuse before insert on audit_log
      begin select raise(abort, 'audit insert refused for this test'); end`.execute(h.store.db);
    try {
      const org = buildOrganisation({ id: "GB-CHC-9990009", name: "Never Written" });
      const res = await h.asOwner("POST", `${ws}/organisations`, org);
      expect(res.statusCode).toBe(500);
    } finally {
      await sql`drop trigger audit_refuse`.execute(h.store.db);
    }
    expect((await h.asOwner("GET", `${ws}/organisations/GB-CHC-9990009`)).statusCode).toBe(404);
  });
});

describe("workspace writes", () => {
  it("logs create, rename and delete, and keeps the rows once the workspace is gone", async () => {
    const body = { slug: "audit-ws", name: "Audit workspace" };
    const created = await logged(201, () => h.asOwner("POST", "/api/v1/workspaces", body));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      actor_kind: "user",
      action: "create",
      collection: "workspaces",
      record_id: "audit-ws",
    });
    expect(created[0]!.changes).toEqual({ after: body });
    const id = created[0]!.workspace_id;
    expect(id).not.toBe(demoId);
    expect(await logged(409, () => h.asOwner("POST", "/api/v1/workspaces", body))).toEqual([]);
    const renamed = await logged(200, () =>
      h.asOwner("PUT", "/api/v1/workspaces/audit-ws", { name: "Renamed" }),
    );
    expect(renamed.map((e) => e.changes)).toEqual([
      { before: { name: "Audit workspace" }, after: { name: "Renamed" } },
    ]);
    const deleted = await logged(204, () => h.asOwner("DELETE", "/api/v1/workspaces/audit-ws"));
    expect(deleted).toHaveLength(1);
    expect(deleted[0]).toMatchObject({ action: "delete", record_id: "audit-ws", workspace_id: id });
    expect(deleted[0]!.changes).toEqual({ before: { slug: "audit-ws", name: "Renamed" } });
    const kept = await h.store.db
      .selectFrom("audit_log")
      .select("action")
      .where("workspace_id", "=", id)
      .orderBy("id")
      .execute();
    expect(kept.map((r) => r.action)).toEqual(["create", "update", "delete"]);
  });
});
