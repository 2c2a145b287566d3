import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuditHarness, auditHarness } from "../../../test/factories/audit-harness.ts";
import { buildOrganisation } from "../../../test/factories/entities.ts";
import { memberSet, sessionStart, userAdd } from "../../services/index.ts";
import { SESSION_COOKIE } from "../auth/guard.ts";

// GET …/audit filters by person, action, record and date, pages, and answers the contract's
// shape; …/audit.csv exports the same entries with formula-safe cells. Owners only.

let h: AuditHarness;
let clock = new Date("2026-12-01T20:00:00Z");
let editor: { id: string; cookies: Record<string, string> };
const ws = "/api/v1/workspaces/demo";
const A = "GB-CHC-4000001";
const B = "GB-CHC-4000002";

/** Sets the services' clock to `iso` and runs `write`, which must succeed. */
async function at(iso: string, write: () => ReturnType<AuditHarness["asOwner"]>) {
  clock = new Date(iso);
  const res = await write();
  expect(res.statusCode, res.body).toBeLessThan(300);
}

beforeAll(async () => {
  h = await auditHarness(() => clock);
  // An editor whose email would start a formula in a spreadsheet.
  const password = randomBytes(18).toString("base64url");
  const user = await userAdd(h.ctx, { email: "-2+3@example.org", name: "Ana", password });
  await memberSet(h.ctx, "demo", user.id, { role: "editor" });
  editor = { id: user.id, cookies: { [SESSION_COOKIE]: await sessionStart(h.ctx, user.id) } };
  const asEditor = (method: "PUT", url: string, payload: object) =>
    h.app.inject({
      method,
      url,
      payload,
      cookies: editor.cookies,
      headers: { origin: "http://localhost:80" },
    });
  await at("2026-12-01T20:30:00Z", () =>
    h.asOwner("POST", `${ws}/organisations`, buildOrganisation({ id: A, name: "Alpha" })),
  );
  await at("2026-12-02T01:00:00Z", () =>
    h.asToken("POST", `${ws}/organisations`, buildOrganisation({ id: B, name: "Beta" })),
  );
  await at("2026-12-02T02:00:00Z", () =>
    asEditor("PUT", `${ws}/organisations/${A}`, buildOrganisation({ id: A, name: "=Alpha" })),
  );
  await at("2026-12-02T03:00:00Z", () => h.asOwner("DELETE", `${ws}/organisations/${B}`));
});
afterAll(() => h.close());

/** The audit listing for `query`, as `[at, action, recordId]` rows, and its total. */
async function listed(query: string) {
  const res = await h.asOwner("GET", `${ws}/audit?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as { items: { at: string; action: string; recordId: string }[] };
  return {
    rows: body.items.map((i) => [i.at.slice(11, 16), i.action, i.recordId]),
    total: (res.json() as { total: number }).total,
  };
}

describe("GET …/audit", () => {
  it("answers the contract's shape, newest first", async () => {
    const res = await h.asOwner("GET", `${ws}/audit?collection=organisations&limit=1`);
    expect(res.json()).toEqual({
      items: [
        {
          id: expect.any(Number),
          at: "2026-12-02T03:00:00.000Z",
          actor: { kind: "user", id: h.owner.id, email: "olu@example.org" },
          action: "delete",
          collection: "organisations",
          recordId: B,
          changes: { before: expect.objectContaining({ id: B, name: "Beta" }) },
        },
      ],
      total: 4,
    });
  });

  it("filters by person (email or id), action, record and date, and pages", async () => {
    expect(await listed("actor=-2%2B3@example.org")).toEqual({
      rows: [["02:00", "update", A]],
      total: 1,
    });
    expect((await listed(`actor=${editor.id}&collection=organisations`)).rows).toEqual([
      ["02:00", "update", A],
    ]);
    expect((await listed("action=delete")).rows).toEqual([["03:00", "delete", B]]);
    expect((await listed(`collection=organisations&recordId=${A}`)).rows).toEqual([
      ["02:00", "update", A],
      ["20:30", "create", A],
    ]);
    // From midnight to 02:30 on the 2nd: Beta's create and Alpha's update, not the evening before.
    expect(
      (await listed("from=2026-12-02T00:00:00Z&to=2026-12-02T02:30:00Z&collection=organisations"))
        .rows,
    ).toEqual([
      ["02:00", "update", A],
      ["01:00", "create", B],
    ]);
    expect(await listed("collection=organisations&to=2026-12-02T00:00:00Z")).toEqual({
      rows: [["20:30", "create", A]],
      total: 1,
    });
    expect(await listed("collection=organisations&limit=2&offset=1")).toEqual({
      rows: [
        ["02:00", "update", A],
        ["01:00", "create", B],
      ],
      total: 4,
    });
  });

  it("is for owners only: an editor and an editor's token are refused", async () => {
    const asEditor = await h.app.inject({ url: `${ws}/audit`, cookies: editor.cookies });
    expect(asEditor.statusCode).toBe(403);
    expect(asEditor.json().error.message).toMatch(/owner/);
    expect((await h.asToken("GET", `${ws}/audit`)).statusCode).toBe(403);
    expect((await h.asToken("GET", `${ws}/audit.csv`)).statusCode).toBe(403);
  });
});

describe("GET …/audit.csv", () => {
  it("exports the filtered entries with formula-safe cells", async () => {
    const res = await h.asOwner("GET", `${ws}/audit.csv?collection=organisations&recordId=${A}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="demo-audit.csv"');
    const lines = res.body.trimEnd().split("\r\n");
    expect(lines[0]).toBe("at,actor_kind,actor_email,actor_id,action,collection,record_id,changes");
    expect(lines).toHaveLength(3);
    // The editor's email starts with '-': a spreadsheet would run it, so it is quoted with '.
    expect(lines[1]).toMatch(
      new RegExp(
        `^2026-12-02T02:00:00.000Z,user,'-2\\+3@example.org,${editor.id},update,organisations,${A},`,
      ),
    );
    expect(lines[1]).toContain(
      '"{""before"":{""name"":""Alpha""},""after"":{""name"":""=Alpha""}}"',
    );
    expect(lines[2]).toMatch(/^2026-12-01T20:30:00.000Z,user,olu@example.org,/);
  });
});
