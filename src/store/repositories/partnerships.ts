import { type Kysely, sql } from "kysely";
import type { Membership, Partnership } from "../../shared/index.ts";
import type { DialectAdapter, UpsertOptions } from "../dialects/adapter.ts";
import type { Database, MembershipTable, PartnershipTable } from "../schema.ts";
import { naturalKey, partnershipSearchText } from "./natural-key.ts";
import { containsText, type ListQuery, type Page, pageOf } from "./paging.ts";

type Db = Kysely<Database>;

function partnershipToRow(workspaceId: number, p: Partnership): PartnershipTable {
  return {
    workspace_id: workspaceId,
    id: p.id,
    name: p.name,
    form: p.form,
    direction: p.direction,
    origin: p.origin,
    stage: p.stage,
    commissioner_id: p.commissioner,
    start_date: p.start,
    end_date: p.end,
    sort_name: naturalKey(p.name),
    search_text: partnershipSearchText(p.name, p.description),
    data: JSON.stringify({
      functions: p.functions,
      description: p.description,
      integration: p.integration,
    }),
  };
}

function membershipToRow(
  workspaceId: number,
  partnershipId: string,
  m: Membership,
  position: number,
): MembershipTable {
  return {
    workspace_id: workspaceId,
    partnership_id: partnershipId,
    position,
    organisation_id: m.organisation,
    role: m.role,
    joined: m.joined,
    left_date: m.left,
    share_of_value: m.shareOfValue,
    share_of_turnover: m.shareOfTurnover,
    share_of_staff: m.shareOfStaff,
  };
}

function membershipFromRow(r: MembershipTable): Membership {
  return {
    organisation: r.organisation_id,
    role: r.role as Membership["role"],
    joined: r.joined,
    left: r.left_date,
    shareOfValue: r.share_of_value,
    shareOfTurnover: r.share_of_turnover,
    shareOfStaff: r.share_of_staff,
  };
}

function partnershipFromRow(row: PartnershipTable, members: Membership[]): Partnership {
  const data = JSON.parse(row.data);
  return {
    id: row.id,
    name: row.name,
    form: row.form as Partnership["form"],
    direction: row.direction as Partnership["direction"],
    origin: row.origin as Partnership["origin"],
    stage: row.stage,
    functions: data.functions,
    commissioner: row.commissioner_id,
    start: row.start_date,
    end: row.end_date,
    description: data.description,
    integration: data.integration,
    members,
  };
}

/** Attaches each partnership's members (in stored order) to its row. */
async function withMembers(
  db: Db,
  workspaceId: number,
  rows: PartnershipTable[],
): Promise<Partnership[]> {
  const byPartnership = new Map<string, Membership[]>();
  for (let i = 0; i < rows.length; i += 1000) {
    const ids = rows.slice(i, i + 1000).map((r) => r.id);
    const members = await db
      .selectFrom("memberships")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("partnership_id", "in", ids)
      .orderBy("partnership_id")
      .orderBy("position")
      .execute();
    for (const m of members) {
      const list = byPartnership.get(m.partnership_id) ?? [];
      list.push(membershipFromRow(m));
      byPartnership.set(m.partnership_id, list);
    }
  }
  return rows.map((r) => partnershipFromRow(r, byPartnership.get(r.id) ?? []));
}

/** Inserts or replaces partnerships by id, replacing their members. */
export async function partnershipsUpsert(
  db: Db,
  adapter: DialectAdapter,
  workspaceId: number,
  partnerships: Partnership[],
  options: UpsertOptions = {},
): Promise<void> {
  const rows = partnerships.map((p) => partnershipToRow(workspaceId, p));
  await adapter.insertMany(
    db,
    "partnerships",
    rows,
    options.fresh
      ? undefined
      : {
          keys: ["workspace_id", "id"],
          update: [
            "name",
            "form",
            "direction",
            "origin",
            "stage",
            "commissioner_id",
            "start_date",
            "end_date",
            "sort_name",
            "search_text",
            "data",
          ],
        },
  );
  const ids = partnerships.map((p) => p.id);
  if (!options.fresh) await adapter.deleteIn(db, "memberships", workspaceId, "partnership_id", ids);
  const members = partnerships.flatMap((p) =>
    p.members.map((m, i) => membershipToRow(workspaceId, p.id, m, i)),
  );
  await adapter.insertMany(db, "memberships", members);
}

/** One partnership with its members, or null. */
export async function partnershipGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<Partnership | null> {
  const row = await db
    .selectFrom("partnerships")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? ((await withMembers(db, workspaceId, [row]))[0] ?? null) : null;
}

/** A filtered page of partnerships (filters: form, origin, direction, organisation). */
export async function partnershipsList(
  db: Db,
  workspaceId: number,
  list: ListQuery,
): Promise<Page<Partnership>> {
  let query = db.selectFrom("partnerships").selectAll().where("workspace_id", "=", workspaceId);
  const { form, origin, direction, organisation } = list.filters;
  if (form) query = query.where("form", "=", form);
  if (origin) query = query.where("origin", "=", origin);
  if (direction) query = query.where("direction", "=", direction);
  if (organisation)
    query = query.where((eb) =>
      eb.or([
        eb("commissioner_id", "=", organisation),
        eb.exists(
          eb
            .selectFrom("memberships as m")
            .select(sql`1`.as("one"))
            .whereRef("m.workspace_id", "=", "partnerships.workspace_id")
            .whereRef("m.partnership_id", "=", "partnerships.id")
            .where("m.organisation_id", "=", organisation),
        ),
      ]),
    );
  if (list.q) query = query.where(containsText("search_text", list.q));
  const sortable = {
    name: "sort_name",
    id: "id",
    stage: "stage",
    form: "form",
    start: "start_date",
  };
  const page = await pageOf(query, list, sortable, "name");
  return { ...page, items: await withMembers(db, workspaceId, page.items) };
}

/** Every partnership of a workspace with members, by id. */
export async function partnershipsAll(db: Db, workspaceId: number): Promise<Partnership[]> {
  const rows = await db
    .selectFrom("partnerships")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("id")
    .execute();
  return withMembers(db, workspaceId, rows);
}

/** Deletes one partnership and its members; returns whether it existed. */
export async function partnershipDelete(db: Db, workspaceId: number, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("partnerships")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
