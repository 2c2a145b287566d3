import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import * as client from "openid-client";
import { type ServiceContext, sessionStart } from "../../services/index.ts";
import { type OidcIdentity, oidcAccountMatch } from "../../services/people/oidc-accounts.ts";
import { fileResponse, redirectSchema } from "../../shared/api-common.ts";
import { OIDC_FLOW_MS, type OidcFlow, OidcFlows } from "../auth/oidc-flows.ts";
import { page, refusalText } from "./oidc-pages.ts";
import { sessionCookieSet } from "./session.ts";

// Sign-in by a provider happens in the browser: a problem is a page that says so, not JSON.
const htmlPage = fileResponse("text/html", "A page saying why single sign-on did not complete");

/** Single sign-on through an OpenID Connect provider (PARTNERSCOPE_OIDC_*; README: Configuration). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the sign-in button says, e.g. "Microsoft 365". */
  label: string;
  /** The address people reach partnerscope at, for the redirect URI; else the request's own. */
  publicUrl?: string | undefined;
}

/** Where the sign-in page's single sign-on button goes. */
export const OIDC_START = "/api/v1/oidc/start";
const OIDC_CALLBACK = "/api/v1/oidc/callback";
const FLOW_COOKIE = "partnerscope_oidc";
const FLOW_PATH = "/api/v1/oidc";
const tags = ["access"];

/** Whether a URL names this machine: the only place an issuer may be served over plain http. */
export function isLoopbackUrl(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The provider's metadata, discovered once on first use (and again after a failure). */
function configurationOf(settings: OidcSettings): () => Promise<client.Configuration> {
  let pending: Promise<client.Configuration> | null = null;
  return () => {
    pending ??= discover(settings).catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

function discover(settings: OidcSettings): Promise<client.Configuration> {
  const issuer = new URL(settings.issuer);
  const loopbackHttp = issuer.protocol === "http:" && isLoopbackUrl(issuer);
  return client.discovery(
    issuer,
    settings.clientId,
    undefined,
    client.ClientSecretBasic(settings.clientSecret),
    loopbackHttp ? { execute: [client.allowInsecureRequests] } : undefined,
  );
}

function redirectUriOf(settings: OidcSettings, request: FastifyRequest): string {
  const base = settings.publicUrl?.replace(/\/+$/, "") ?? `${request.protocol}://${request.host}`;
  return `${base}${OIDC_CALLBACK}`;
}

/** Who the provider says signed in: ID token claims, and userinfo when they lack the email. */
async function identityOf(
  config: client.Configuration,
  flow: OidcFlow,
  currentUrl: URL,
): Promise<OidcIdentity> {
  const tokens = await client.authorizationCodeGrant(config, currentUrl, {
    pkceCodeVerifier: flow.codeVerifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error("the provider sent no ID token");
  // The email and whether it is verified are read from one source, never mixed.
  const source =
    claims.email !== undefined && claims.email_verified !== undefined
      ? claims
      : await client.fetchUserInfo(config, tokens.access_token, claims.sub);
  const name = source.name ?? claims.name;
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email: typeof source.email === "string" ? source.email : undefined,
    emailVerified: source.email_verified === true,
    name: typeof name === "string" ? name : undefined,
  };
}

/** Why a step with the provider failed, with the library's underlying reason (e.g. a bad state). */
function reasonOf(error: unknown): string {
  if (error instanceof client.AuthorizationResponseError)
    return error.error_description ?? error.error;
  if (error instanceof client.ResponseBodyError)
    return `${error.error}${error.error_description ? `: ${error.error_description}` : ""}`;
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}

/** GET /api/v1/oidc/start and /callback: sign in through the configured OpenID provider. */
export function registerOidcRoutes(
  api: FastifyInstance,
  ctx: ServiceContext,
  settings: OidcSettings | undefined,
) {
  const configOf = settings && configurationOf(settings);
  const flows = new OidcFlows(ctx.now);
  const label = settings?.label ?? "single sign-on";
  const notSetUp = (reply: FastifyReply) =>
    page(reply, 404, "Single sign-on is not set up on this server: sign in with your password.");
  api.get(
    OIDC_START,
    {
      config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
      schema: {
        tags,
        response: { 302: redirectSchema, 404: htmlPage },
        summary: "Start single sign-on: redirects to the OpenID provider",
      },
    },
    async (request, reply) => {
      if (!settings || !configOf) return notSetUp(reply);
      let config: client.Configuration;
      try {
        config = await configOf();
      } catch (error) {
        request.log.warn({ err: error }, "OpenID discovery failed");
        return page(reply, 502, `partnerscope could not reach ${label}: ${reasonOf(error)}`);
      }
      const flow: OidcFlow = {
        codeVerifier: client.randomPKCECodeVerifier(),
        state: client.randomState(),
        nonce: client.randomNonce(),
        redirectUri: redirectUriOf(settings, request),
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: flow.redirectUri,
        scope: "openid email profile",
        code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: "S256",
        state: flow.state,
        nonce: flow.nonce,
      });
      // SameSite=Lax: the provider's redirect back is a top-level GET, which carries it.
      reply.setCookie(FLOW_COOKIE, flows.put(flow), {
        path: FLOW_PATH,
        httpOnly: true,
        sameSite: "lax",
        secure: request.protocol === "https",
        maxAge: OIDC_FLOW_MS / 1000,
      });
      return reply.redirect(url.href);
    },
  );
  api.get(
    OIDC_CALLBACK,
    {
      config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
      schema: {
        tags,
        response: { 302: redirectSchema, 400: htmlPage, 403: htmlPage, 404: htmlPage },
        summary: "Where the OpenID provider sends the browser back",
      },
    },
    async (request, reply) => {
      if (!configOf) return notSetUp(reply);
      const flow = flows.take(request.cookies[FLOW_COOKIE]);
      reply.clearCookie(FLOW_COOKIE, { path: FLOW_PATH });
      if (!flow)
        return page(
          reply,
          400,
          "This sign-in has expired, was already used, or began in another browser. Start again from the sign-in page.",
        );
      const query = request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "";
      let identity: OidcIdentity;
      try {
        identity = await identityOf(await configOf(), flow, new URL(flow.redirectUri + query));
      } catch (error) {
        return page(
          reply,
          400,
          `Single sign-on with ${label} did not complete: ${reasonOf(error)}.`,
        );
      }
      const match = await oidcAccountMatch(ctx, identity);
      if (match.kind === "refused") return page(reply, 403, refusalText(match, label));
      const meta = { userAgent: request.headers["user-agent"], address: request.ip };
      sessionCookieSet(request, reply, await sessionStart(ctx, match.user.id, meta));
      return reply.redirect("/");
    },
  );
}
