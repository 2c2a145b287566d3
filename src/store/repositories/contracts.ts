import { type Kysely, sql } from "kysely";
import type { Contract, Provider } from "../../shared/index.ts";
import type { DialectAdapter, UpsertOptions } from "../dialects/adapter.ts";
import type { ContractProviderTable, ContractTable, Database } from "../schema.ts";
import { containsText, type ListQuery, type Page, pageOf } from "./paging.ts";

type Db = Kysely<Database>;

function contractToRow(workspaceId: number, c: Contract): ContractTable {
  return {
    workspace_id: workspaceId,
    id: c.id,
    title: c.title,
    commissioner_id: c.commissioner,
    payment_mechanism: c.paymentMechanism,
    value: c.value,
    currency: c.currency,
    start_date: c.start,
    end_date: c.end,
    partnership_id: c.partnership,
  };
}

async function withProviders(
  db: Db,
  workspaceId: number,
  rows: ContractTable[],
): Promise<Contract[]> {
  const providers = new Map<string, Provider[]>();
  for (let i = 0; i < rows.length; i += 1000) {
    const links = await db
      .selectFrom("contract_providers")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where(
        "contract_id",
        "in",
        rows.slice(i, i + 1000).map((r) => r.id),
      )
      .orderBy("contract_id")
      .orderBy("position")
      .execute();
    for (const l of links)
      providers.set(l.contract_id, [
        ...(providers.get(l.contract_id) ?? []),
        { organisation: l.organisation_id, role: l.role as Provider["role"] },
      ]);
  }
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    commissioner: r.commissioner_id,
    providers: providers.get(r.id) ?? [],
    paymentMechanism: r.payment_mechanism as Contract["paymentMechanism"],
    value: r.value,
    currency: r.currency,
    start: r.start_date,
    end: r.end_date,
    partnership: r.partnership_id,
  }));
}

/** Inserts or replaces contracts by id, with their providers. */
export async function contractsUpsert(
  db: Db,
  adapter: DialectAdapter,
  workspaceId: number,
  contracts: Contract[],
  options: UpsertOptions = {},
): Promise<void> {
  const rows = contracts.map((c) => contractToRow(workspaceId, c));
  await adapter.insertMany(
    db,
    "contracts",
    rows,
    options.fresh
      ? undefined
      : {
          keys: ["workspace_id", "id"],
          update: [
            "title",
            "commissioner_id",
            "payment_mechanism",
            "value",
            "currency",
            "start_date",
            "end_date",
            "partnership_id",
          ],
        },
  );
  const ids = contracts.map((c) => c.id);
  if (!options.fresh)
    await adapter.deleteIn(db, "contract_providers", workspaceId, "contract_id", ids);
  const links: ContractProviderTable[] = contracts.flatMap((c) =>
    c.providers.map((p, position) => ({
      workspace_id: workspaceId,
      contract_id: c.id,
      position,
      organisation_id: p.organisation,
      role: p.role,
    })),
  );
  await adapter.insertMany(db, "contract_providers", links);
}

/** One contract, or null. */
export async function contractGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<Contract | null> {
  const row = await db
    .selectFrom("contracts")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? ((await withProviders(db, workspaceId, [row]))[0] ?? null) : null;
}

/** A filtered page of contracts (filters: organisation, partnership, paymentMechanism). */
export async function contractsList(
  db: Db,
  workspaceId: number,
  list: ListQuery,
): Promise<Page<Contract>> {
  let query = db.selectFrom("contracts").selectAll().where("workspace_id", "=", workspaceId);
  const { organisation, partnership, paymentMechanism } = list.filters;
  if (paymentMechanism) query = query.where("payment_mechanism", "=", paymentMechanism);
  if (partnership) query = query.where("partnership_id", "=", partnership);
  if (organisation)
    query = query.where((eb) =>
      eb.or([
        eb("commissioner_id", "=", organisation),
        eb.exists(
          eb
            .selectFrom("contract_providers as p")
            .select(sql`1`.as("one"))
            .whereRef("p.workspace_id", "=", "contracts.workspace_id")
            .whereRef("p.contract_id", "=", "contracts.id")
            .where("p.organisation_id", "=", organisation),
        ),
      ]),
    );
  if (list.q) query = query.where(containsText("title", list.q));
  const sortable = { title: "title", id: "id", value: "value", start: "start_date" };
  const page = await pageOf(query, list, sortable, "title");
  return { ...page, items: await withProviders(db, workspaceId, page.items) };
}

/** Every contract of a workspace. */
export async function contractsAll(db: Db, workspaceId: number): Promise<Contract[]> {
  const rows = await db
    .selectFrom("contracts")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("id")
    .execute();
  return withProviders(db, workspaceId, rows);
}

/** Deletes one contract; returns whether it existed. */
export async function contractDelete(db: Db, workspaceId: number, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("contracts")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
