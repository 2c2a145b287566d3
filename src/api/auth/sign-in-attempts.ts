import type { ServiceContext } from "../../services/index.ts";

/** Failed sign-ins allowed per account in the window before it is held (OWASP: slow guessing). */
export const SIGN_IN_FAILURES = 10;
/** The window, and how long an account is held after too many failures. */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
// The table is bounded: past this many accounts the oldest record is forgotten.
const MAX_ACCOUNTS = 10_000;

/** A refusal with HTTP status 429 (the error handler keeps its status and message). */
class TooManyAttempts extends Error {
  readonly statusCode = 429;
}

/** Counts failed sign-ins per account (lower-cased email), in this process's memory. */
export function attemptsOf(ctx: ServiceContext) {
  const failures = new Map<string, number[]>();
  const keyOf = (email: string) => email.trim().toLowerCase();
  const recent = (key: string) => {
    const since = ctx.now().getTime() - SIGN_IN_WINDOW_MS;
    const list = (failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) failures.set(key, list);
    else failures.delete(key);
    return list;
  };
  return {
    /** Refuses (429) an account that failed too often lately, whether or not it exists. */
    check(email: string) {
      if (recent(keyOf(email)).length >= SIGN_IN_FAILURES)
        throw new TooManyAttempts(
          `Too many failed sign-ins for this account: try again in ${SIGN_IN_WINDOW_MS / 60_000} minutes, or ask an owner for a password reset link`,
        );
    },
    fail(email: string) {
      const key = keyOf(email);
      const list = recent(key);
      failures.delete(key);
      failures.set(key, [...list, ctx.now().getTime()]);
      if (failures.size > MAX_ACCOUNTS) failures.delete(failures.keys().next().value as string);
    },
    clear(email: string) {
      failures.delete(keyOf(email));
    },
  };
}
