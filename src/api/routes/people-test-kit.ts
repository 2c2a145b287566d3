import type { FastifyInstance } from "fastify";
import {
  contextOf,
  contextOpen,
  type Mailer,
  memberSet,
  type ServiceContext,
  sessionStart,
  userAdd,
  workspaceAdd,
} from "../../services/index.ts";
import type { WorkspaceRole } from "../../shared/index.ts";
import { buildApp } from "../app.ts";

/** The origin app.inject's requests reach, which a cookie-signed write must name. */
export const INJECT_ORIGIN = "http://localhost:80";

/** For API tests of people and access: two workspaces, people with roles, a clock you can move. */
export interface PeopleWorld {
  store: ServiceContext["store"];
  ctx: ServiceContext;
  app: FastifyInstance;
  /** Moves the clock on by `ms`. */
  advance: (ms: number) => void;
  /** Adds an account with a role in each workspace given. */
  person: (email: string, roles: Record<string, WorkspaceRole>) => Promise<string>;
  /** Headers that sign in as `userId` through a new session (with our own origin, for writes). */
  signedIn: (userId: string) => Promise<Record<string, string>>;
  close: () => Promise<void>;
}

/** Builds the world: workspaces 'alpha' and 'beta' on an in-memory store, starting at `start`. */
export async function peopleWorld(
  start = "2026-12-06T12:00:00.000Z",
  mailer: Mailer | null = null,
): Promise<PeopleWorld> {
  const opened = await contextOpen({ databaseUrl: ":memory:" });
  const store = opened.store;
  let now = new Date(start);
  const ctx = contextOf(store, () => now);
  await workspaceAdd(ctx, { slug: "alpha", name: "Alpha" });
  await workspaceAdd(ctx, { slug: "beta", name: "Beta" });
  const app = await buildApp({ ctx, mailer });
  return {
    store,
    ctx,
    app,
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
    person: async (email, roles) => {
      const user = await userAdd(ctx, { email, name: email.split("@")[0] });
      for (const [slug, role] of Object.entries(roles))
        await memberSet(ctx, slug, user.id, { role });
      return user.id;
    },
    signedIn: async (userId) => ({
      cookie: `partnerscope_session=${await sessionStart(ctx, userId)}`,
      origin: INJECT_ORIGIN,
    }),
    close: async () => {
      await app.close();
      await opened.close();
    },
  };
}
