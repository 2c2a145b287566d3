import { createHash, randomBytes } from "node:crypto";

/** A new random secret for a link, session or token (256 bits, URL-safe). */
export function secretNew(): string {
  return randomBytes(32).toString("base64url");
}

/** The SHA-256 of a secret: the only form in which secrets are stored. */
export function secretHash(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
