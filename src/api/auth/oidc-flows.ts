import { randomBytes } from "node:crypto";

/** What a sign-in through an OpenID provider must prove when it comes back: PKCE, state, nonce. */
export interface OidcFlow {
  codeVerifier: string;
  state: string;
  nonce: string;
  redirectUri: string;
}

/** A sign-in started at the provider must come back within 10 minutes. */
export const OIDC_FLOW_MS = 10 * 60_000;
// Bounds the memory anonymous callers of the (rate-limited) start route can take.
const MAX_FLOWS = 10_000;

/**
 * Sign-ins under way, kept on the server by a random id that only the browser's short-lived
 * cookie holds: each is taken once, so a replayed callback finds nothing.
 */
export class OidcFlows {
  private readonly flows = new Map<string, OidcFlow & { expires: number }>();

  constructor(private readonly now: () => Date) {}

  /** Keeps a flow; returns the id for the browser's cookie. */
  put(flow: OidcFlow): string {
    const now = this.now().getTime();
    for (const [id, kept] of this.flows) if (kept.expires <= now) this.flows.delete(id);
    // The oldest goes first when full (a Map iterates in insertion order).
    while (this.flows.size >= MAX_FLOWS) {
      const oldest = this.flows.keys().next().value;
      if (oldest === undefined) break;
      this.flows.delete(oldest);
    }
    const id = randomBytes(32).toString("base64url");
    this.flows.set(id, { ...flow, expires: now + OIDC_FLOW_MS });
    return id;
  }

  /** The flow behind a cookie, removed so it cannot be used twice; null if unknown or expired. */
  take(id: string | undefined): OidcFlow | null {
    if (!id) return null;
    const kept = this.flows.get(id);
    if (!kept) return null;
    this.flows.delete(id);
    if (kept.expires <= this.now().getTime()) return null;
    const { expires: _, ...flow } = kept;
    return flow;
  }
}
