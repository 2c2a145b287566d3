import type { FastifyRequest } from "fastify";
import { jobWorkspace, type ServiceContext } from "../../services/index.ts";
import type { WorkspaceRole } from "../../shared/index.ts";

/** What a workspace route needs: a role, and for an analyst's own work, whose record it is. */
export interface WorkspaceAccess {
  role: WorkspaceRole;
  /** An analyst may change a record of this collection only if they created it. */
  ownRecord?: "appraisals" | "pbr_models" | "value_maps";
  /** An import into a workspace that does not exist yet creates it: anyone signed in may. */
  createsWorkspace?: boolean;
  /** Which workspace the route is about, when it is not the `:workspace` parameter. */
  workspaceOf?: (ctx: ServiceContext, request: FastifyRequest) => Promise<string | null>;
}

/** Who may call a route: anyone, anyone signed in, or members of its workspace with a role. */
export type RouteAccess = "public" | "signed-in" | WorkspaceAccess;

const viewer: WorkspaceAccess = { role: "viewer" };
const analyst: WorkspaceAccess = { role: "analyst" };
const editor: WorkspaceAccess = { role: "editor" };
const owner: WorkspaceAccess = { role: "owner" };
const importer: WorkspaceAccess = { role: "editor", createsWorkspace: true };
const ownAppraisal: WorkspaceAccess = { role: "analyst", ownRecord: "appraisals" };
const ownModel: WorkspaceAccess = { role: "analyst", ownRecord: "pbr_models" };
const ownValueMap: WorkspaceAccess = { role: "analyst", ownRecord: "value_maps" };
const jobAccess: WorkspaceAccess = {
  role: "viewer",
  workspaceOf: (ctx, request) => jobWorkspace(ctx, (request.params as { id: string }).id),
};

const W = "/api/v1/workspaces/:workspace";
const RESOURCES = ["organisations", "partnerships", "events", "contracts", "evidence"];

/**
 * Every API route and who may call it: the one table the guard reads, the README's role matrix
 * and the authorisation test are made from. A route missing here cannot be registered.
 */
export const ACCESS_TABLE: Record<string, RouteAccess> = {
  "GET /api/v1/me": "signed-in",
  "PUT /api/v1/me": "signed-in",
  "PUT /api/v1/me/password": "signed-in",
  "GET /api/v1/me/sessions": "signed-in",
  "DELETE /api/v1/me/sessions/:id": "signed-in",
  "POST /api/v1/session": "public",
  "GET /api/v1/auth/options": "public",
  "GET /api/v1/oidc/start": "public",
  "GET /api/v1/oidc/callback": "public",
  "DELETE /api/v1/session": "signed-in",
  "GET /api/v1/invitations/:token": "public",
  "POST /api/v1/invitations/:token/accept": "public",
  "GET /api/v1/workspaces": "signed-in",
  "POST /api/v1/workspaces": "signed-in",
  [`GET ${W}`]: viewer,
  [`PUT ${W}`]: owner,
  [`DELETE ${W}`]: owner,
  [`GET ${W}/export`]: viewer,
  [`POST ${W}/import`]: importer,
  [`GET ${W}/members`]: owner,
  [`POST ${W}/members`]: owner,
  [`PUT ${W}/members/:userId`]: owner,
  [`DELETE ${W}/members/:userId`]: owner,
  [`GET ${W}/invitations`]: owner,
  [`POST ${W}/invitations`]: owner,
  [`DELETE ${W}/invitations/:id`]: owner,
  [`GET ${W}/tokens`]: owner,
  [`POST ${W}/tokens`]: owner,
  [`DELETE ${W}/tokens/:id`]: owner,
  [`POST ${W}/members/:userId/password-reset`]: owner,
  "GET /api/v1/password-reset/:token": "public",
  "POST /api/v1/password-reset/:token": "public",
  [`GET ${W}/audit`]: owner,
  [`GET ${W}/audit.csv`]: owner,
  [`GET ${W}/respondent-links`]: editor,
  [`POST ${W}/respondent-links`]: editor,
  [`DELETE ${W}/respondent-links/:id`]: editor,
  // A respondent link's own pages: the link in the path is their only credential.
  "GET /r/:token": "public",
  "POST /r/:token": "public",
  ...Object.fromEntries(
    RESOURCES.flatMap((r) => [
      [`GET ${W}/${r}`, viewer],
      [`POST ${W}/${r}`, editor],
      [`GET ${W}/${r}/:id`, viewer],
      [`PUT ${W}/${r}/:id`, editor],
      [`DELETE ${W}/${r}/:id`, editor],
    ]),
  ),
  [`GET ${W}/appraisals`]: viewer,
  [`POST ${W}/appraisals`]: analyst,
  [`GET ${W}/appraisals/:id`]: viewer,
  [`PUT ${W}/appraisals/:id`]: ownAppraisal,
  [`DELETE ${W}/appraisals/:id`]: ownAppraisal,
  // Reading a stored appraisal's results changes nothing: viewers see its charts too.
  [`POST ${W}/appraisals/:id/results`]: viewer,
  [`POST ${W}/appraisals/:id/monte-carlo`]: analyst,
  [`GET ${W}/appraisals/:id/export.json`]: viewer,
  [`GET ${W}/appraisals/:id/export.csv`]: viewer,
  [`GET ${W}/appraisals/:id/export.xlsx`]: viewer,
  [`GET ${W}/appraisals/:id/report.html`]: viewer,
  [`POST ${W}/appraisals/:id/decide`]: editor,
  [`PUT ${W}/appraisals/:id/actuals`]: editor,
  [`GET ${W}/appraisals/:id/realisation`]: viewer,
  [`GET ${W}/value-maps`]: viewer,
  [`POST ${W}/value-maps`]: analyst,
  [`GET ${W}/value-maps/:id`]: viewer,
  [`PUT ${W}/value-maps/:id`]: ownValueMap,
  [`DELETE ${W}/value-maps/:id`]: ownValueMap,
  // Running the model (Monte Carlo included) is analysis work; reports run it too.
  [`POST ${W}/value-maps/evaluate`]: analyst,
  // A stored map's results and reports are reads, as an appraisal's are; what-ifs on an unsaved
  // document (evaluate) are an analyst's.
  [`GET ${W}/value-maps/:id/results`]: viewer,
  [`GET ${W}/value-maps/:id/export.xlsx`]: viewer,
  [`GET ${W}/value-maps/:id/export.html`]: viewer,
  [`GET ${W}/landscape/portfolio/:organisation`]: viewer,
  [`GET ${W}/landscape/network`]: viewer,
  [`GET ${W}/landscape/network.csv`]: viewer,
  [`GET ${W}/sector/stats`]: viewer,
  [`GET ${W}/sector/changes`]: viewer,
  [`GET ${W}/sector/waves`]: viewer,
  [`GET ${W}/sector/transitions`]: viewer,
  [`GET ${W}/sector/network`]: viewer,
  [`GET ${W}/:collection/:id/provenance`]: viewer,
  [`GET ${W}/duplicates`]: viewer,
  [`POST ${W}/organisations/:id/merge`]: editor,
  [`GET ${W}/merges`]: viewer,
  [`POST ${W}/merges/:id/undo`]: editor,
  [`GET ${W}/export.csv`]: viewer,
  [`GET ${W}/export.xlsx`]: viewer,
  [`GET ${W}/export.ocds.json`]: viewer,
  [`POST ${W}/imports`]: importer,
  [`GET ${W}/imports`]: viewer,
  [`POST ${W}/imports/:id/undo`]: editor,
  [`POST ${W}/import-jobs`]: editor,
  "GET /api/v1/supply-chains/preset": "signed-in",
  "GET /api/v1/jobs/:id": jobAccess,
  "DELETE /api/v1/jobs/:id": { ...jobAccess, role: "analyst" },
  [`GET ${W}/jobs`]: viewer,
  [`POST ${W}/simulations`]: analyst,
  [`POST ${W}/simulations/save`]: editor,
  [`POST ${W}/simulations/compare`]: analyst,
  "GET /api/v1/simulations/presets": "signed-in",
  [`GET ${W}/supply-chains`]: viewer,
  [`POST ${W}/supply-chains`]: analyst,
  [`GET ${W}/supply-chains/:id`]: viewer,
  [`PUT ${W}/supply-chains/:id`]: ownModel,
  [`DELETE ${W}/supply-chains/:id`]: ownModel,
  [`GET ${W}/supply-chains/:id/analysis`]: viewer,
  [`GET ${W}/supply-chains/:id/export.json`]: viewer,
  [`GET ${W}/supply-chains/:id/export.providers.csv`]: viewer,
  [`GET ${W}/supply-chains/:id/export.cash-curves.csv`]: viewer,
  [`GET ${W}/supply-chains/:id/export.xlsx`]: viewer,
  [`POST ${W}/supply-chains/:id/merlin/responses`]: editor,
  [`GET ${W}/supply-chains/:id/merlin`]: viewer,
  [`GET ${W}/supply-chains/:id/merlin/responses`]: owner,
  [`POST ${W}/supply-chains/:id/monte-carlo`]: analyst,
  [`POST ${W}/supply-chains/:id/performance`]: analyst,
  [`POST ${W}/supply-chains/:id/attribution`]: analyst,
  // Partnership health (decision 0014): analysts change only the assessments they created
  // (checked by the service, as waves and deletes name the assessment, not a guarded record).
  [`GET ${W}/instruments`]: viewer,
  [`POST ${W}/instruments`]: analyst,
  [`GET ${W}/instruments/:id`]: viewer,
  [`POST ${W}/instruments/:id/versions`]: analyst,
  [`GET ${W}/assessments`]: viewer,
  [`POST ${W}/assessments`]: analyst,
  [`GET ${W}/assessments/compare`]: viewer,
  [`GET ${W}/assessments/:id`]: viewer,
  [`DELETE ${W}/assessments/:id`]: analyst,
  [`POST ${W}/assessments/:id/waves`]: analyst,
  [`POST ${W}/assessments/:id/waves/:wave/close`]: analyst,
  // Any member tied to a partner organisation answers for it; editors enter answers for others.
  [`POST ${W}/assessments/:id/responses`]: viewer,
  [`GET ${W}/assessments/:id/responses`]: owner,
  [`GET ${W}/assessments/:id/results`]: viewer,
  [`GET ${W}/assessments/:id/results.csv`]: viewer,
  // Links let someone answer for a partner, as an editor may: editors make them and send reminders.
  [`GET ${W}/assessments/:id/links`]: editor,
  [`POST ${W}/assessments/:id/links`]: editor,
  [`GET ${W}/assessments/:id/counts`]: viewer,
  [`GET ${W}/assessments/:id/reminders`]: editor,
  [`GET ${W}/assessments/:id/results.json`]: viewer,
  [`GET ${W}/assessments/:id/answering`]: viewer,
  [`GET ${W}/voice-of-users`]: viewer,
  // Forms for service users: editors make and change them; raw answers and erasure are owners'.
  [`GET ${W}/forms`]: viewer,
  [`POST ${W}/forms`]: editor,
  [`GET ${W}/forms/:id`]: viewer,
  [`PUT ${W}/forms/:id`]: editor,
  [`POST ${W}/forms/:id/close`]: editor,
  [`GET ${W}/forms/:id/results`]: viewer,
  [`GET ${W}/forms/:id/results.csv`]: viewer,
  [`GET ${W}/forms/:id/submissions`]: owner,
  [`DELETE ${W}/forms/:id/respondents/:code`]: owner,
  [`GET ${W}/forms/:id/links`]: editor,
  [`POST ${W}/forms/:id/links`]: editor,
  "POST /r/:token/answers": "public",
  "GET /r-assets/form-answering.js": "public",
  [`GET ${W}/co-production-projects`]: viewer,
  [`POST ${W}/co-production-projects`]: editor,
  [`GET ${W}/co-production-projects/:id`]: viewer,
  [`PUT ${W}/co-production-projects/:id`]: editor,
  [`DELETE ${W}/co-production-projects/:id`]: editor,
  [`PUT ${W}/co-production-projects/:id/stages/:stage`]: editor,
  [`DELETE ${W}/co-production-projects/:id/stages/:stage`]: editor,
  [`PUT ${W}/co-production-projects/:id/proposals`]: editor,
  [`GET ${W}/proxies`]: viewer,
  [`POST ${W}/proxies`]: analyst,
  [`POST ${W}/proxies/import`]: analyst,
  [`GET ${W}/proxies.csv`]: viewer,
  [`GET ${W}/proxies/:id`]: viewer,
  [`PUT ${W}/proxies/:id`]: editor,
  [`DELETE ${W}/proxies/:id`]: editor,
  [`POST ${W}/value-maps/:id/proxy-copy`]: ownValueMap,
  [`GET ${W}/codebook`]: viewer,
  [`POST ${W}/codebook`]: editor,
  [`PUT ${W}/codebook/:id`]: editor,
  [`DELETE ${W}/codebook/:id`]: editor,
  [`GET ${W}/evidence/summary`]: viewer,
  [`GET ${W}/partnerships/:id/drivers-barriers`]: viewer,
  [`GET ${W}/evidence/export.qdpx`]: viewer,
  [`POST ${W}/evidence/import`]: editor,
  [`GET ${W}/outcome-frameworks`]: viewer,
  [`POST ${W}/outcome-frameworks`]: editor,
  [`GET ${W}/outcome-frameworks/:id`]: viewer,
  [`PUT ${W}/outcome-frameworks/:id`]: editor,
  [`DELETE ${W}/outcome-frameworks/:id`]: editor,
  [`GET ${W}/outcome-frameworks/:id/summary`]: viewer,
  [`POST ${W}/outcome-frameworks/:id/measures`]: editor,
  [`POST ${W}/outcome-frameworks/:id/measures/import`]: editor,
  [`POST ${W}/outcome-frameworks/:id/measures/import.xlsx`]: editor,
  [`GET ${W}/outcome-frameworks/:id/measures.csv`]: viewer,
};

/**
 * The access rule of a route as it is registered; throws for a route the table does not name, so
 * a new route cannot be served before someone has decided who may call it. The OpenAPI document
 * and its UI (registered by @fastify/swagger-ui under /api/docs) are for anyone signed in.
 */
export function accessOf(method: string | string[], url: string): RouteAccess {
  // Fastify adds a HEAD route for every GET: it is read as the GET.
  const methods = (Array.isArray(method) ? method : [method]).map((m) =>
    m === "HEAD" ? "GET" : m,
  );
  const rules = methods.map((m) => ACCESS_TABLE[`${m} ${url}`]);
  if (url === "/api/docs" || url.startsWith("/api/docs/")) return "signed-in";
  const rule = rules[0];
  if (!rule || rules.some((r) => r !== rule))
    throw new Error(
      `${methods.join(",")} ${url} has no entry in the access table (src/api/auth/access-table.ts)`,
    );
  return rule;
}
