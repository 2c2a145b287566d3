import type { Kysely } from "kysely";
import { exchangeToJson, referenceProblemsOf } from "../engine/exchange/index.ts";
import {
  EXCHANGE_FORMAT,
  type ExchangeDocument,
  exchangeSchema,
  type Problem,
  problemsOf,
} from "../shared/index.ts";
import type { ExchangeImportResult } from "../shared/workspace-views.ts";
import {
  contractsAll,
  type Database,
  type DialectAdapter,
  eventsAll,
  evidenceAll,
  organisationsAll,
  partnershipsAll,
  workspaceBySlug,
  workspaceClear,
  workspaceIdsOf,
  workspaceRename,
  workspaceTouch,
} from "../store/index.ts";
import type { ServiceContext } from "./context.ts";
import { invalid } from "./errors.ts";
import { auditEntry } from "./people/audit.ts";
import { auditWrite } from "./people/audit-write.ts";
import { RESOURCES } from "./resources.ts";
import { workspaceCreateNew } from "./workspace-create.ts";
import { workspaceRequire } from "./workspaces.ts";

/** How an import treats what the workspace already holds. */
export interface ImportOptions {
  /** Empty the workspace first (default: upsert by id, keeping other entities). */
  replace?: boolean;
  /** Validate only; write nothing. */
  dryRun?: boolean;
  /** Told which collection is about to be written (for progress, and for crash tests). */
  onProgress?: (collection: keyof typeof RESOURCES, count: number) => void | Promise<void>;
}

/** What an import did (or, on a dry run, would do): the API's answer (shared/workspace-views.ts). */
export type ImportResult = ExchangeImportResult;

/** Parses JSON text, naming the line and column of a syntax error. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const truncated = /end of JSON input/.test(message);
    if (!at && !truncated) throw invalid(`The file is not valid JSON (${message})`);
    const offset = at ? Number(at[1]) : text.length;
    const before = text.slice(0, offset).split("\n");
    throw invalid(
      `The file is not valid JSON at line ${before.length}, column ${before.at(-1)!.length + 1} (byte offset ${offset}): ${message.replace(/ in JSON at position \d+.*$/, "")}`,
    );
  }
}

/** Validates an exchange document completely (shape and references), before anything is written. */
export function exchangeValidate(input: unknown, known = {}): ExchangeDocument {
  if (
    !input ||
    typeof input !== "object" ||
    (input as { format?: unknown }).format !== EXCHANGE_FORMAT
  )
    throw invalid(`This is not a ${EXCHANGE_FORMAT} file`, [
      { path: "$.format", message: `must be "${EXCHANGE_FORMAT}"` },
    ]);
  const parsed = exchangeSchema.safeParse(input);
  // Each problem shows the value given: nothing in a file is refused without it being named.
  if (!parsed.success) throw invalid("The file is not valid", problemsOf(parsed.error, input));
  const problems: Problem[] = referenceProblemsOf(parsed.data, known);
  if (problems.length) throw invalid("The file refers to things that do not exist", problems);
  return parsed.data;
}

/**
 * Imports a `partnerscope/v1` document into the workspace `slug` (created when missing), all or
 * nothing: everything is validated first, then written in one transaction.
 */
export async function exchangeImport(
  ctx: ServiceContext,
  slug: string,
  input: unknown,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const existing = await workspaceBySlug(ctx.store.db, slug);
  const known =
    existing && !options.replace
      ? {
          organisations: await workspaceIdsOf(ctx.store.db, existing.id, "organisations"),
          partnerships: await workspaceIdsOf(ctx.store.db, existing.id, "partnerships"),
        }
      : {};
  const doc = exchangeValidate(input, known);
  const counts = {
    organisations: doc.organisations.length,
    partnerships: doc.partnerships.length,
    events: doc.events.length,
    contracts: doc.contracts.length,
    evidence: doc.evidence.length,
  };
  const result = { workspace: slug, created: !existing, counts, dryRun: options.dryRun === true };
  if (options.dryRun) return result;
  await ctx.store.db.transaction().execute(async (trx) => {
    const ws = existing ?? (await workspaceCreateNew(ctx, trx, { slug, name: doc.workspace.name }));
    if (existing && options.replace) await workspaceClear(trx, ws.id);
    if (existing) await workspaceRename(trx, ws.id, doc.workspace.name);
    await exchangeWrite(trx, ctx.store.adapter, ws.id, doc, options.onProgress);
    await workspaceTouch(trx, ws.id);
    // One entry for the whole document, with its counts: never one per record.
    const extra = {
      format: EXCHANGE_FORMAT,
      replace: options.replace === true,
      created: !existing,
      counts,
    };
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "import", "imports", null, undefined, undefined, extra),
    );
  });
  return result;
}

/**
 * Splits items, in one pass and in order, into those in `set` and the rest (all of them when
 * there is no set).
 * @example splitBy([a, b], new Set([b])) // [[b], [a]]
 */
export function splitBy<T>(items: readonly T[], set: ReadonlySet<unknown> | undefined): [T[], T[]] {
  if (!set || set.size === 0) return [[], [...items]];
  const inSet: T[] = [];
  const rest: T[] = [];
  for (const item of items) (set.has(item) ? inSet : rest).push(item);
  return [inSet, rest];
}

/**
 * Upserts a validated document's entities by id inside the caller's transaction `trx`, organisations
 * first and then what refers to them (the order of RESOURCES); used by every import. Entities in
 * `firstWrites` are known never to have been stored, and are plainly inserted.
 */
export async function exchangeWrite(
  trx: Kysely<Database>,
  adapter: DialectAdapter,
  workspaceId: number,
  doc: ExchangeDocument,
  onProgress?: ImportOptions["onProgress"],
  firstWrites?: ReadonlySet<object>,
): Promise<void> {
  for (const name of Object.keys(RESOURCES) as (keyof typeof RESOURCES)[]) {
    const items = doc[name] as never[];
    await onProgress?.(name, items.length);
    // Entities never stored before this write: plain inserts, no link rows to clear.
    const [fresh, rest] = splitBy(items, firstWrites);
    if (fresh.length > 0)
      await RESOURCES[name].upsert(trx, adapter, workspaceId, fresh, { fresh: true });
    await RESOURCES[name].upsert(trx, adapter, workspaceId, rest);
  }
}

/** The whole workspace as an exchange document. */
export async function exchangeExport(ctx: ServiceContext, slug: string): Promise<ExchangeDocument> {
  const ws = await workspaceRequire(ctx, slug);
  const db = ctx.store.db;
  return {
    format: EXCHANGE_FORMAT,
    workspace: { name: ws.name },
    organisations: await organisationsAll(db, ws.id),
    partnerships: await partnershipsAll(db, ws.id),
    events: await eventsAll(db, ws.id),
    contracts: await contractsAll(db, ws.id),
    evidence: await evidenceAll(db, ws.id),
  };
}

/** The whole workspace as canonical `partnerscope/v1` JSON text. */
export async function exchangeExportJson(ctx: ServiceContext, slug: string): Promise<string> {
  return exchangeToJson(await exchangeExport(ctx, slug));
}
