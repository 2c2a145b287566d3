import { type AuditItem, auditOf } from "../../services/index.ts";
import { type CliCommand, UsageError } from "../command.ts";
import { withContext } from "../config.ts";
import { integerFlag } from "../number-options.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?$/;
const WORD = /^[a-z][a-z_-]{0,39}$/;

/**
 * A `--from`/`--to` flag as the ISO instant the log is compared with (UTC). A bare date `--to`
 * takes in the whole day, so `--from D --to D` lists one day.
 */
export function instantFlag(value: unknown, name: "from" | "to"): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const ok = DATE.test(text) || DATE_TIME.test(text);
  const at = ok ? new Date(DATE.test(text) ? `${text}T00:00:00Z` : text.replace(/Z?$/, "Z")) : null;
  if (!at || Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== text.slice(0, 10))
    throw new UsageError(
      `--${name} must be a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDThh:mm[:ss]Z) (got '${text}')`,
    );
  if (name === "to" && DATE.test(text)) at.setUTCDate(at.getUTCDate() + 1);
  return at.toISOString();
}

function wordFlag(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && WORD.test(value)) return value;
  throw new UsageError(
    `--${name} must be a word such as create, update, delete or import (got '${String(value)}')`,
  );
}

/** One entry on one line: when, who, what, which record, and what changed (as JSON). */
export function auditLine(item: AuditItem): string {
  const who = item.actor.email ?? item.actor.id ?? "";
  const what = item.recordId ? `${item.collection}/${item.recordId}` : item.collection;
  const changes = item.changes === undefined ? "" : `  ${JSON.stringify(item.changes)}`;
  return `${item.at}  ${item.actor.kind}${who ? ` ${who}` : ""}  ${item.action}  ${what}${changes}`;
}

/** The filters of an `audit` run, checked: a bad flag is a one-line usage error (exit 2). */
function queryOf(values: Record<string, unknown>) {
  const actor = values.actor;
  if (actor !== undefined && (typeof actor !== "string" || actor.trim() === ""))
    throw new UsageError("--actor must be an email address or an account, token or link id");
  const query = {
    actor: actor as string | undefined,
    action: wordFlag(values.action, "action"),
    collection: wordFlag(values.collection, "collection"),
    from: instantFlag(values.from, "from"),
    to: instantFlag(values.to, "to"),
    limit: integerFlag(values.limit, "limit", 100, 1, 100_000),
  };
  if (query.from && query.to && query.from >= query.to)
    throw new UsageError(`--from (${values.from}) must be before --to (${values.to})`);
  return query;
}

/** `partnerscope audit --workspace W`: who changed what in a workspace, newest first. */
export const auditCommand: CliCommand = {
  name: "audit",
  summary: "Show a workspace's audit log: who changed what, and when",
  usage: [
    "audit --workspace W [--json] [--actor A] [--action X] [--collection C] [--from D] [--to D] [--limit N]",
    "  --actor A       an email address, or an account, token or respondent-link id",
    "  --action X      create, update, delete, import, undo, merge, unmerge, decide, …",
    "  --from D        on or after D (YYYY-MM-DD, or YYYY-MM-DDThh:mm[:ss]Z; UTC)",
    "  --to D          before D; a bare date takes in the whole day",
    "  --limit N       at most N entries, newest first (default 100)",
  ].join("\n"),
  options: {
    workspace: { type: "string", short: "w" },
    json: { type: "boolean" },
    actor: { type: "string" },
    action: { type: "string" },
    collection: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    limit: { type: "string" },
  },
  run: (args, io) => {
    const slug = args.values.workspace;
    if (typeof slug !== "string" || slug === "") throw new UsageError("--workspace is required");
    if (args.positionals.length > 0)
      throw new UsageError(`unexpected argument '${args.positionals[0]}' (see audit --help)`);
    const query = queryOf(args.values);
    return withContext(async (ctx) => {
      const log = await auditOf(ctx, slug, query);
      if (args.values.json) io.out(JSON.stringify(log, null, 2));
      else if (log.items.length === 0) io.out(`No audit entries in '${slug}' match.`);
      else {
        for (const item of log.items) io.out(auditLine(item));
        if (log.total > log.items.length)
          io.err(`Showing the newest ${log.items.length} of ${log.total} (see --limit).`);
      }
      return 0;
    });
  },
};
