import type { FastifyReply } from "fastify";
import type { OidcMatch } from "../../services/people/oidc-accounts.ts";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small page for the browser that navigated here (these routes are visited, not fetched). */
export function page(reply: FastifyReply, status: number, message: string) {
  return reply
    .status(status)
    .type("text/html")
    .send(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>partnerscope: sign-in</title><main><h1>Sign-in did not work</h1><p>${escapeHtml(message)}</p><p><a href="/sign-in">Back to sign-in</a></p></main></html>`,
    );
}

/** Why single sign-on refused someone, in words meant for them. */
export function refusalText(match: Extract<OidcMatch, { kind: "refused" }>, label: string): string {
  const email = match.email ?? "your address";
  switch (match.reason) {
    case "unverified":
      return `${label} did not confirm that ${email} is verified, so it cannot be matched to a partnerscope account. Verify the address with ${label}, or sign in with your password.`;
    case "unknown":
      return `There is no partnerscope account for ${email}. Ask an owner of your workspace to invite this address, then sign in again.`;
    case "linked-elsewhere":
      return `The partnerscope account for ${email} is linked to another ${label} identity. Sign in with that one, or with your password.`;
  }
}
