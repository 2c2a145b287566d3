import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as store from "../../src/store/index.ts";
import { down, up } from "../../src/store/migrations/2026-12-06T0600-natural-names.ts";
import { buildOrganisation, buildPartnership } from "../factories/entities.ts";
import { STORE_FACTORIES } from "./dialects.ts";

// Lists find organisations by other names and partnerships by description, and sort names
// naturally (HA2 before HA10) the same way on SQLite and PostgreSQL, whose default collation
// would otherwise ignore spaces and punctuation.

const page = (extra: Partial<store.ListQuery> = {}) => ({
  limit: 50,
  offset: 0,
  filters: {},
  ...extra,
});

// By bytes of the lower-cased, digit-padded name: "alpha" < "ha 7" (space) < "ha-3" (hyphen)
// < "ha1" < "ha2" < "ha10".
const NAMES = ["HA10", "HA2", "HA1", "Alpha", "HA-3", "ha 7"];
const NATURAL = ["Alpha", "ha 7", "HA-3", "HA1", "HA2", "HA10"];

describe.each(STORE_FACTORIES)("natural order and search on $name", (factory) => {
  let s: store.Store;
  let ws: store.WorkspaceRecord;

  beforeAll(async () => {
    s = await factory.open();
    ws = await store.workspaceCreate(s.db, { slug: "n", name: "N" }, "2026-12-06T00:00:00Z");
    const orgs = NAMES.map((name, i) =>
      buildOrganisation({ id: `o-${i}`, name, otherNames: i === 0 ? ["Riverside Trust"] : [] }),
    );
    await store.organisationsUpsert(s.db, s.adapter, ws.id, orgs);
    const partnerships = NAMES.map((name, i) =>
      buildPartnership({
        id: `p-${i}`,
        name,
        description: i === 1 ? "Joint repairs service for the valley" : null,
      }),
    );
    await store.partnershipsUpsert(s.db, s.adapter, ws.id, partnerships);
  });
  afterAll(() => s.close());

  it("sorts organisation names naturally, both ways", async () => {
    const up = await store.organisationsList(s.db, ws.id, page({ sort: "name" }));
    expect(up.items.map((o) => o.name)).toEqual(NATURAL);
    const down = await store.organisationsList(s.db, ws.id, page({ sort: "-name" }));
    expect(down.items.map((o) => o.name)).toEqual([...NATURAL].reverse());
  });

  it("sorts partnership names naturally by default", async () => {
    const list = await store.partnershipsList(s.db, ws.id, page());
    expect(list.items.map((p) => p.name)).toEqual(NATURAL);
  });

  it("finds an organisation by another name", async () => {
    const found = await store.organisationsList(s.db, ws.id, page({ q: "riverside" }));
    expect(found.items.map((o) => o.id)).toEqual(["o-0"]);
  });

  it("finds a partnership by its description, and still by its name", async () => {
    const byDescription = await store.partnershipsList(s.db, ws.id, page({ q: "REPAIRS service" }));
    expect(byDescription.items.map((p) => p.id)).toEqual(["p-1"]);
    const byName = await store.partnershipsList(s.db, ws.id, page({ q: "alpha" }));
    expect(byName.items.map((p) => p.id)).toEqual(["p-3"]);
  });

  it("keeps the natural order after a rename", async () => {
    const renamed = buildOrganisation({ id: "o-3", name: "HA9" });
    await store.organisationsUpsert(s.db, s.adapter, ws.id, [renamed]);
    const list = await store.organisationsList(s.db, ws.id, page());
    expect(list.items.map((o) => o.name)).toEqual(["ha 7", "HA-3", "HA1", "HA2", "HA9", "HA10"]);
  });

  it("fills the new columns of rows stored before the migration", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the tables before the migration have no type of their own
    const db = s.db as unknown as Kysely<any>;
    await down(db);
    const old = await store.workspaceCreate(
      s.db,
      { slug: "old", name: "Old" },
      "2026-12-06T00:00:00Z",
    );
    for (const [i, name] of ["HA10", "HA2"].entries()) {
      const { sort_name: _, ...row } = store.organisationToRow(
        old.id,
        buildOrganisation({ id: `o-${i}`, name }),
      );
      await db.insertInto("organisations").values(row).execute();
    }
    await db
      .insertInto("partnerships")
      .values({
        workspace_id: old.id,
        id: "p-old",
        name: "Old alliance",
        form: "alliance",
        direction: "horizontal",
        origin: "voluntary",
        stage: 2,
        data: JSON.stringify({ functions: [], description: "Pooled LETTINGS", integration: [] }),
      })
      .execute();
    await up(db);
    const orgs = await store.organisationsList(s.db, old.id, page());
    expect(orgs.items.map((o) => o.name)).toEqual(["HA2", "HA10"]);
    const found = await store.partnershipsList(s.db, old.id, page({ q: "lettings" }));
    expect(found.items.map((p) => p.id)).toEqual(["p-old"]);
  });
});
