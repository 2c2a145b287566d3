import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from "react";

const CHANGE = "partnerscope:navigate";

function subscribe(callback: () => void): () => void {
  window.addEventListener("popstate", callback);
  window.addEventListener(CHANGE, callback);
  return () => {
    window.removeEventListener("popstate", callback);
    window.removeEventListener(CHANGE, callback);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/** Goes to `to` with the history API (replacing the current entry when asked). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(CHANGE));
}

/** The current path and query, re-rendering on every navigation. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const location = useSyncExternalStore(subscribe, snapshot);
  const [path, query = ""] = location.split("?");
  return { path: path || "/", search: new URLSearchParams(query) };
}

/** The current query's values, and a setter that replaces them (keeping history tidy). */
export function useQuery(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const { path, search } = useLocation();
  const setQuery = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === "") next.delete(key);
      else next.set(key, value);
    }
    const text = next.toString();
    navigate(text ? `${path}?${text}` : path, { replace: true });
  };
  return [search, setQuery];
}

/** A link that navigates inside the app without reloading the page. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey;
    if (event.defaultPrevented || !plain || !href) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}

/** Every route of the app: its name and path pattern (`:name` takes one segment); first match wins. */
export const ROUTE_PATTERNS = [
  ["sign-in", "/sign-in"],
  ["invitation", "/invitation"],
  ["password-reset", "/password-reset"],
  ["account", "/account"],
  ["workspace-new", "/workspaces/new"],
  ["members", "/w/:workspace/members"],
  ["history", "/w/:workspace/history"],
  ["jobs", "/w/:workspace/jobs"],
  ["organisations", "/w/:workspace/organisations"],
  ["organisation-new", "/w/:workspace/organisations/new"],
  ["organisation", "/w/:workspace/organisations/:id"],
  ["organisation-edit", "/w/:workspace/organisations/:id/edit"],
  ["organisation-portfolio", "/w/:workspace/organisations/:id/portfolio"],
  ["partnerships", "/w/:workspace/partnerships"],
  ["partnership-new", "/w/:workspace/partnerships/new"],
  ["partnership", "/w/:workspace/partnerships/:id"],
  ["partnership-edit", "/w/:workspace/partnerships/:id/edit"],
  ["partnership-outcomes", "/w/:workspace/partnerships/:id/outcomes"],
  ["events", "/w/:workspace/events"],
  ["event-new", "/w/:workspace/events/new"],
  ["event-edit", "/w/:workspace/events/:id/edit"],
  ["contracts", "/w/:workspace/contracts"],
  ["contract-new", "/w/:workspace/contracts/new"],
  ["contract-edit", "/w/:workspace/contracts/:id/edit"],
  ["evidence", "/w/:workspace/evidence"],
  ["evidence-new", "/w/:workspace/evidence/new"],
  ["evidence-summary", "/w/:workspace/evidence/summary"],
  ["codebook", "/w/:workspace/codebook"],
  ["evidence-edit", "/w/:workspace/evidence/:id/edit"],
  ["network", "/w/:workspace/network"],
  ["sector", "/w/:workspace/sector"],
  ["simulation", "/w/:workspace/simulation"],
  ["imports", "/w/:workspace/imports"],
  ["appraisals", "/w/:workspace/appraisals"],
  ["appraisal-new", "/w/:workspace/appraisals/new"],
  ["appraisal", "/w/:workspace/appraisals/:id"],
  ["appraisal-edit", "/w/:workspace/appraisals/:id/edit"],
  ["appraisal-realisation", "/w/:workspace/appraisals/:id/realisation"],
  ["supply-chains", "/w/:workspace/supply-chains"],
  ["value-maps", "/w/:workspace/value-maps"],
  ["forms", "/w/:workspace/forms"],
  ["coproduction-projects", "/w/:workspace/co-production"],
  ["coproduction-project", "/w/:workspace/co-production/:id"],
  ["health", "/w/:workspace/health"],
  ["outcome-frameworks", "/w/:workspace/outcomes"],
  ["supply-chain-new", "/w/:workspace/supply-chains/new"],
  ["supply-chain", "/w/:workspace/supply-chains/:id"],
  ["supply-chain-edit", "/w/:workspace/supply-chains/:id/edit"],
  ["supply-chain-performance", "/w/:workspace/supply-chains/:id/performance"],
  ["supply-chain-attribution", "/w/:workspace/supply-chains/:id/attribution"],
  ["supply-chain-survey", "/w/:workspace/supply-chains/:id/survey"],
  ["supply-chain-survey-results", "/w/:workspace/supply-chains/:id/survey/results"],
] as const satisfies readonly (readonly [string, `/${string}`])[];

/** The name of one of the app's routes: the page switch must have a page for each (Pages.tsx). */
export type RouteName = (typeof ROUTE_PATTERNS)[number][0];

/** The routes anyone may open without signing in (the app shell shows them). */
const PUBLIC_ROUTE_NAMES = ["sign-in", "invitation", "password-reset"] as const;

/** A route anyone may open without signing in. */
export type PublicRouteName = (typeof PUBLIC_ROUTE_NAMES)[number];

/** A route behind sign-in: the ones the page switch shows. */
export type SignedInRouteName = Exclude<RouteName, PublicRouteName>;

/** True for the routes anyone may open without signing in. */
export function isPublicRoute(name: RouteName): name is PublicRouteName {
  return (PUBLIC_ROUTE_NAMES as readonly string[]).includes(name);
}

/** A matched route: its name and the parameters taken from the path. */
export interface Route {
  name: RouteName;
  params: Record<string, string>;
}

/** Matches a path against the app's routes (first match wins; 'new' is listed before ':id'). */
export function matchRoute(path: string): Route | null {
  const parts = path.replace(/\/+$/, "").split("/");
  for (const [name, pattern] of ROUTE_PATTERNS) {
    const want = pattern.split("/");
    if (want.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = want.every((segment, i) => {
      if (segment.startsWith(":")) {
        params[segment.slice(1)] = decodeURIComponent(parts[i]!);
        return parts[i] !== "";
      }
      return segment === parts[i];
    });
    if (ok) return { name, params };
  }
  return null;
}
