import { randomBytes } from "node:crypto";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { buildApp } from "../../src/api/app.ts";
import { SESSION_COOKIE } from "../../src/api/auth/guard.ts";
import {
  contextOf,
  demoLoad,
  memberSet,
  type ServiceContext,
  sessionStart,
  tokenIssue,
  userAdd,
} from "../../src/services/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";

/** One audit row as stored, with its changes parsed. */
export interface AuditRow {
  id: number;
  workspace_id: number | null;
  at: string;
  actor_kind: string;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  collection: string;
  record_id: string | null;
  changes: Record<string, unknown> | null;
}

type Method = "GET" | "POST" | "PUT" | "DELETE";
type Call = (
  method: Method,
  url: string,
  payload?: unknown,
  headers?: Record<string, string>,
) => Promise<LightMyRequestResponse>;

/** An app on a fresh demo store with a signed-in owner, and ways to read what the log gained. */
export interface AuditHarness {
  store: Store;
  ctx: ServiceContext;
  app: FastifyInstance;
  owner: { id: string; email: string };
  /** A request with the owner's session cookie and our own Origin (a browser's write). */
  asOwner: Call;
  /** A request with a bearer token scoped to the owner, the demo workspace and `editor`. */
  asToken: Call;
  /** The id of the newest audit row (0 when there is none). */
  mark: () => Promise<number>;
  /** Every audit row appended after `mark`, oldest first. */
  since: (mark: number) => Promise<AuditRow[]>;
  close: () => Promise<void>;
}

const ORIGIN = "http://localhost:80";

/** Starts the harness; `now` is the services' clock (the real one unless given). */
export async function auditHarness(now?: () => Date): Promise<AuditHarness> {
  const store = await openStore({ databaseUrl: ":memory:" });
  const ctx = contextOf(store, now);
  await demoLoad(ctx);
  const app = await buildApp({ ctx });
  // A random password each run: never a fixed one in code.
  const password = randomBytes(18).toString("base64url");
  const user = await userAdd(ctx, { email: "olu@example.org", name: "Olu", password });
  await memberSet(ctx, "demo", user.id, { role: "owner" });
  const cookies = { [SESSION_COOKIE]: await sessionStart(ctx, user.id) };
  const demo = await store.db
    .selectFrom("workspaces")
    .select("id")
    .where("slug", "=", "demo")
    .executeTakeFirstOrThrow();
  const token = await tokenIssue(ctx, "api", "audit test", {
    userId: user.id,
    workspaceId: demo.id,
    role: "editor",
    expiresAt: null,
  });
  const body = (payload: unknown) => (payload === undefined ? {} : { payload: payload as object });
  const since = async (mark: number) => {
    const rows = await store.db
      .selectFrom("audit_log")
      .selectAll()
      .where("id", ">", mark)
      .orderBy("id")
      .execute();
    return rows.map((r) => ({ ...r, changes: r.changes ? JSON.parse(r.changes) : null }));
  };
  return {
    store,
    ctx,
    app,
    owner: { id: user.id, email: user.email ?? "" },
    asOwner: (method, url, payload, headers = {}) =>
      app.inject({
        method,
        url,
        cookies,
        headers: { origin: ORIGIN, ...headers },
        ...body(payload),
      }),
    asToken: (method, url, payload, headers = {}) =>
      app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}`, ...headers },
        ...body(payload),
      }),
    mark: async () => {
      const row = await store.db
        .selectFrom("audit_log")
        .select(({ fn }) => fn.max("id").as("id"))
        .executeTakeFirst();
      return Number(row?.id ?? 0);
    },
    since,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
