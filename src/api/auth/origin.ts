import type { IncomingHttpHeaders } from "node:http";

/** Methods that change nothing, so a cross-site request for them needs no origin proof. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Why a browser request authenticated by cookie must be refused as possibly cross-site, or null when
 * it may go on. A page on another port of the same host is same-site, so SameSite cookies alone do
 * not stop it: a state-changing request must name our own origin in `Origin`, or (from a browser
 * that sends no `Origin`) say `Sec-Fetch-Site: same-origin`.
 * @example originCheck("POST", { origin: "http://127.0.0.1:9999" }, "http://127.0.0.1:8080") // → "…"
 */
export function originCheck(
  method: string,
  headers: IncomingHttpHeaders,
  ownOrigin: string,
): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const origin = headers.origin;
  if (origin !== undefined) {
    if (origin.toLowerCase() === ownOrigin.toLowerCase()) return null;
    return `Refused: this request came from another origin (${origin}), not from ${ownOrigin}; a change signed in by the browser's cookie must come from partnerscope's own pages (use a bearer token for scripts)`;
  }
  const site = headers["sec-fetch-site"];
  if (site === "same-origin") return null;
  return site === undefined
    ? `Refused: a change signed in by the browser's cookie must say where it came from (an Origin header, or Sec-Fetch-Site: same-origin); use a bearer token for scripts`
    : `Refused: this request came from a ${site} page (Sec-Fetch-Site), not from partnerscope's own pages`;
}
