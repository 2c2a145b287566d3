import { existsSync } from "node:fs";
import { join, posix } from "node:path";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { Mailer, ServiceContext } from "../services/index.ts";
import { apiContextOf, guardApi } from "./auth/guard.ts";
import { errorBody, handleError } from "./errors.ts";
import { registerAppraisalJobRoutes } from "./routes/appraisal-jobs.ts";
import { registerAppraisalRoutes } from "./routes/appraisals.ts";
import { registerCoproductionRoutes } from "./routes/coproduction-projects.ts";
import { registerEvidenceCodebookRoutes } from "./routes/evidence-codebook.ts";
import { registerFormRoutes } from "./routes/forms.ts";
import { registerHealthRoutes } from "./routes/health.ts";
import { registerInteropRoutes } from "./routes/interop.ts";
import { registerLandscapeRoutes } from "./routes/landscape.ts";
import { registerMemberRoutes } from "./routes/members.ts";
import { type OidcSettings, registerOidcRoutes } from "./routes/oidc.ts";
import { registerOutcomeFrameworkRoutes } from "./routes/outcome-frameworks.ts";
import { registerOutcomeMeasuresXlsxRoutes } from "./routes/outcome-measures-xlsx.ts";
import { registerPasswordResetRoutes } from "./routes/password-reset.ts";
import { registerProxyRoutes } from "./routes/proxies.ts";
import { registerReportFileRoutes } from "./routes/report-files.ts";
import { registerResourceRoutes } from "./routes/resources.ts";
import { registerRespondentLinkRoutes } from "./routes/respondent-links.ts";
import { registerLogin, registerSessionRoutes } from "./routes/session.ts";
import { registerSimulationCompareRoutes } from "./routes/simulation-compare.ts";
import { registerSimulationRoutes } from "./routes/simulations.ts";
import { registerSupplyChainRoutes } from "./routes/supply-chains.ts";
import { registerTokenRoutes } from "./routes/tokens.ts";
import { registerValueMapRoutes } from "./routes/value-maps.ts";
import { registerWorkspaceRoutes } from "./routes/workspaces.ts";

/** How the HTTP app is built. */
export interface AppOptions {
  ctx: ServiceContext;
  /** The built web app (web/dist); omitted or missing means API only. */
  webRoot?: string | undefined;
  logger?: boolean;
  /** Trust X-Forwarded-* from a proxy in front (PARTNERSCOPE_TRUST_PROXY): HTTPS marks cookies Secure. */
  trustProxy?: boolean | string;
  /** Sends invitation and password-reset links by email (PARTNERSCOPE_SMTP_URL); null shows them. */
  mailer?: Mailer | null;
  /** Single sign-on through an OpenID provider (PARTNERSCOPE_OIDC_*); omitted means passwords only. */
  oidc?: OidcSettings | undefined;
}

/** Builds the whole HTTP app: security, the API under /api/v1, OpenAPI at /api/docs, the web app. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 5 * 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // Served over plain HTTP on loopback by default: no HSTS and no upgrade of requests to HTTPS
  // (helmet adds upgrade-insecure-requests unless told not to; decision 0003).
  await app.register(helmet, {
    hsts: false,
    contentSecurityPolicy: {
      directives: {
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "upgrade-insecure-requests": null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: { info: { title: "partnerscope API", version: "1" } },
    transform: jsonSchemaTransform,
  });
  // Every API route, the OpenAPI document included, lives in this one encapsulated plugin, whose
  // guard runs for each of its routes: access is decided per route, never by matching the URL.
  // Services see the caller of the request they serve as their actor (for the audit log).
  const ctx = {
    ...apiContextOf(options.ctx),
    mailer: options.mailer ?? options.ctx.mailer ?? null,
  };
  await app.register(async (api) => {
    guardApi(api, ctx);
    await api.register(swaggerUi, { routePrefix: "/api/docs" });
    registerSessionRoutes(api, ctx, options.oidc);
    registerOidcRoutes(api, ctx, options.oidc);
    registerMemberRoutes(api, ctx);
    registerTokenRoutes(api, ctx);
    registerPasswordResetRoutes(api, ctx);
    registerWorkspaceRoutes(api, ctx);
    registerEvidenceCodebookRoutes(api, ctx);
    registerResourceRoutes(api, ctx);
    registerRespondentLinkRoutes(api, ctx);
    registerAppraisalRoutes(api, ctx);
    registerAppraisalJobRoutes(api, ctx);
    registerLandscapeRoutes(api, ctx);
    registerInteropRoutes(api, ctx);
    registerSupplyChainRoutes(api, ctx);
    registerHealthRoutes(api, ctx);
    registerOutcomeFrameworkRoutes(api, ctx);
    registerFormRoutes(api, ctx);
    registerValueMapRoutes(api, ctx);
    registerCoproductionRoutes(api, ctx);
    registerProxyRoutes(api, ctx);
    registerOutcomeMeasuresXlsxRoutes(api, ctx);
    registerSimulationRoutes(api, ctx);
    registerSimulationCompareRoutes(api, ctx);
    registerReportFileRoutes(api, ctx);
  });
  registerLogin(app, ctx);
  registerWeb(app, options.webRoot);
  return app;
}

function registerWeb(app: FastifyInstance, webRoot: string | undefined) {
  const hasWeb = webRoot !== undefined && existsSync(join(webRoot, "index.html"));
  if (hasWeb) app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.method === "GET" && hasWeb && !isApiLike(request.url))
      return reply.sendFile("index.html");
    return reply
      .status(404)
      .send(
        errorBody(404, "not_found", `Nothing at ${request.method} ${request.url.split("?")[0]}`),
      );
  });
}

/** Whether a path, however spelled (escapes, case, `//`, `..`), names something under /api. */
export function isApiLike(url: string): boolean {
  const raw = url.split("?")[0] ?? "";
  let path = raw;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return true; // a malformed escape is no page of the web app
  }
  const normal = posix.normalize(path.replace(/[;\\]/g, "/")).replace(/\/+/g, "/");
  return /^\/api(\/|$)/i.test(normal);
}
