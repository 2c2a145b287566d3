import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlArrayLiteral, sqlConstantOf } from "../../src/store/dialects/postgres-literal.ts";
import * as store from "../../src/store/index.ts";
import { buildContract, buildOrganisation } from "../factories/entities.ts";
import { STORE_FACTORIES } from "./dialects.ts";

// Every character that array literals, string constants or CSV-minded code treat specially.
const AWKWARD = [
  `O'Brien "Trust" \\ Ltd`,
  "{braces}, commas, and NULL",
  "NULL",
  "back\\slash\\\\ at the end\\",
  "tab\tnew\nline",
  "héllo — ✓ 🏠",
  "$$ dollar $tag$",
  "E'not an escape'",
  " spaces around ",
];

describe("PostgreSQL array literals", () => {
  it("writes NULLs, numbers and escaped strings as a typed escape-string constant", () => {
    expect(sqlArrayLiteral(["GB-CHC-1", null], "text")).toBe(`E'{"GB-CHC-1",NULL}'::text[]`);
    // A quote and a backslash: escaped for the array ("\"", "\\"), then for the constant.
    expect(sqlArrayLiteral([`a"b\\c'd`], "text")).toBe(`E'{"a\\\\"b\\\\\\\\c''d"}'::text[]`);
    expect(sqlArrayLiteral([1.5, -2e-7, 1e21, Number.NaN, undefined], "double precision")).toBe(
      "E'{1.5,-2e-7,1e+21,NaN,NULL}'::double precision[]",
    );
    expect(sqlArrayLiteral([true, false], "boolean")).toBe("E'{t,f}'::boolean[]");
    expect(() => sqlArrayLiteral(["x"], "text); drop table x; --")).toThrow(/Not a column type/);
    expect(() => sqlArrayLiteral([{}], "text")).toThrow(/Cannot write a object/);
  });

  it("writes a column every row shares once, as a typed constant", () => {
    expect(sqlConstantOf(`O'Brien \\ Ltd`, "text")).toBe(`E'O''Brien \\\\ Ltd'::text`);
    expect(sqlConstantOf(null, "integer")).toBe("NULL::integer");
    expect(sqlConstantOf(7, "integer")).toBe("E'7'::integer");
    expect(sqlConstantOf(false, "boolean")).toBe("E'f'::boolean");
  });
});

describe.each(STORE_FACTORIES)("writes held back and sent together on $name", (factory) => {
  let s: store.Store;
  let ws: store.WorkspaceRecord;

  beforeAll(async () => {
    s = await factory.open();
    ws = await store.workspaceCreate(s.db, { slug: "held", name: "Held" }, "2026-11-29T00:00:00Z");
  });
  afterAll(async () => {
    await s?.close();
  });
  // The literals must not depend on how the server reads string constants (PostgreSQL settings).
  const readStringsTheOtherWay = async (trx: typeof s.db) => {
    if (factory.name !== "postgres") return;
    await sql`set local standard_conforming_strings = off`.execute(trx);
    await sql`set local backslash_quote = off`.execute(trx);
  };

  it("stores awkward text exactly, parents before children, link rows replaced in order", async () => {
    const organisations = AWKWARD.map((name, i) =>
      buildOrganisation({ id: `GB-CHC-90${i}`, name, otherNames: [name, `${name}!`] }),
    );
    const first = buildContract({
      id: "c-1.x:y~z",
      title: AWKWARD.join(" | "),
      value: 0.1 + 0.2,
      commissioner: organisations[0]!.id,
      providers: [{ organisation: organisations[1]!.id, role: "lead" }],
    });
    const changed = { ...first, providers: [{ organisation: organisations[2]!.id, role: "lead" }] };
    await s.db.transaction().execute(async (trx) => {
      await readStringsTheOtherWay(trx);
      const send = await s.adapter.held(trx, async () => {
        await store.organisationsUpsert(trx, s.adapter, ws.id, organisations);
        await store.contractsUpsert(trx, s.adapter, ws.id, [first]);
        // The same contract again in the same round trip: its provider rows are deleted, then
        // written anew, after the first ones.
        await store.contractsUpsert(trx, s.adapter, ws.id, [changed as typeof first]);
      });
      await send();
    });
    for (const o of organisations)
      expect(await store.organisationGet(s.db, ws.id, o.id)).toEqual(o);
    expect(await store.contractGet(s.db, ws.id, first.id)).toEqual(changed);
  });

  it("stores values every row of a statement shares, awkward ones included", async () => {
    const shared = AWKWARD[0]!;
    const organisations = [1, 2, 3].map((i) =>
      buildOrganisation({
        id: `GB-CHC-80${i}`,
        name: shared,
        nation: undefined,
        otherNames: [shared],
      }),
    );
    await s.db.transaction().execute(async (trx) => {
      await readStringsTheOtherWay(trx);
      const send = await s.adapter.held(trx, async () => {
        await store.organisationsUpsert(trx, s.adapter, ws.id, organisations, { fresh: true });
      });
      await send();
    });
    for (const o of organisations)
      expect(await store.organisationGet(s.db, ws.id, o.id)).toEqual(o);
  });

  it("leaves nothing when the write throws, or when one row of the round trip is refused", async () => {
    const lost = buildOrganisation({ id: "GB-CHC-999001", name: "Never written" });
    const thrown = s.db.transaction().execute(async (trx) => {
      await s.adapter.held(trx, async () => {
        await store.organisationsUpsert(trx, s.adapter, ws.id, [lost]);
        throw new Error("mapping failed");
      });
    });
    await expect(thrown).rejects.toThrow("mapping failed");
    expect(await store.organisationGet(s.db, ws.id, lost.id)).toBeNull();

    // A contract naming an organisation nobody wrote: the foreign key refuses the whole chunk.
    const dangling = buildContract({ id: "c-dangling", commissioner: "GB-CHC-nobody" });
    const attempt = s.db.transaction().execute(async (trx) => {
      const send = await s.adapter.held(trx, async () => {
        await store.organisationsUpsert(trx, s.adapter, ws.id, [lost]);
        await store.contractsUpsert(trx, s.adapter, ws.id, [dangling]);
      });
      await send();
    });
    await expect(attempt).rejects.toSatisfy((e) => s.adapter.constraintOf(e) === "foreign_key");
    expect(await store.organisationGet(s.db, ws.id, lost.id)).toBeNull();
  });
});
