import type { Store } from "../store/index.ts";
import type { Actor } from "./people/actor.ts";
import type { Mailer } from "./people/mail.ts";

/** What every use case needs: the store, a clock, and who is acting (for the audit log). */
export interface ServiceContext {
  store: Store;
  now: () => Date;
  /** Who is acting now: the API answers per request, the CLI with the operator. */
  actor: () => Actor;
  /** Sends email when PARTNERSCOPE_SMTP_URL is set (the API's context); links are shown otherwise. */
  mailer?: Mailer | null | undefined;
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
