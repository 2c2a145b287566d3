import { readFileSync } from "node:fs";
import { hash, verify } from "@node-rs/argon2";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../../shared/index.ts";

// argon2id with OWASP's Password Storage Cheat Sheet minimum: 19 MiB of memory, 2 passes, 1 lane.
// @node-rs/argon2 hashes on libuv's thread pool, so a sign-in never blocks other requests.
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Common passwords of 12 or more characters (shorter ones are refused by length already), from
// the zxcvbn-ts common list (MIT; see common-passwords.LICENSE), lower-cased.
const COMMON = new Set(
  readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean),
);

/** A hash of `password` to store (PHC string: algorithm, parameters, salt and hash). */
export function passwordHash(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** Whether `password` matches `stored` (a PHC string). */
export async function passwordVerify(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// A hash to verify against when the email is unknown, so both answers take as long.
let dummy: Promise<string> | null = null;
/** Spends the time of one verification, for an unknown account. */
export async function passwordVerifyNobody(password: string): Promise<void> {
  dummy ??= passwordHash("partnerscope-nobody-has-this-password");
  await passwordVerify(await dummy, password);
}

/**
 * Why `password` is refused, or null: NIST SP 800-63B rules — at least 12 characters, not a
 * common password, not one character repeated, not the service's name or the person's email; no
 * rules about character classes.
 * @example passwordProblem("correct horse battery", {}) // → null
 */
export function passwordProblem(
  password: string,
  about: { email?: string | null; name?: string | null },
): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return `must have at least ${PASSWORD_MIN_LENGTH} characters (it has ${length})`;
  if (length > PASSWORD_MAX_LENGTH) return `must have at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "is one of the most common passwords: choose another";
  if (/^(.)\1+$/u.test(password)) return "is one character repeated: choose another";
  if (lower.includes("partnerscope")) return "must not contain the name of this service";
  const local = about.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local))
    return "must not contain your email address";
  return null;
}
