import type { Store } from "../store/index.ts";
import type { Actor } from "./people/actor.ts";

/** What every use case needs: the store, a clock, and who is acting (for the audit log). */
export interface ServiceContext {
  store: Store;
  now: () => Date;
  /** Who is acting now: the API answers per request, the CLI with the operator. */
  actor: () => Actor;
}

/** A context on a store with the real clock; the actor is the install's operator (the CLI). */
export function contextOf(
  store: Store,
  now: () => Date = () => new Date(),
  actor: () => Actor = () => OPERATOR,
): ServiceContext {
  return { store, now, actor };
}

/** The person at the machine running the CLI: owner of every workspace. */
export const OPERATOR: Actor = { kind: "cli", userId: null, email: null };
