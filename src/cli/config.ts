import { resolve } from "node:path";
import { isLoopbackUrl, type OidcSettings } from "../api/routes/oidc.ts";
import { contextOpen, type ServiceContext } from "../services/index.ts";

/** Settings read from the environment (README: Configuration). */
export interface Config {
  dataDir: string;
  databaseUrl: string | undefined;
  host: string;
  port: number;
  /** Single sign-on (PARTNERSCOPE_OIDC_*), or undefined when not configured. */
  oidc: OidcSettings | undefined;
}

/** Reads PARTNERSCOPE_* variables, with the defaults the README promises. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PARTNERSCOPE_PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(
      `PARTNERSCOPE_PORT must be a port number (0–65535), not '${env.PARTNERSCOPE_PORT}'`,
    );
  return {
    dataDir: resolve(env.PARTNERSCOPE_DATA_DIR ?? "data"),
    databaseUrl: env.PARTNERSCOPE_DATABASE_URL || undefined,
    host: env.PARTNERSCOPE_HOST ?? "127.0.0.1",
    port,
    oidc: oidcFromEnv(env),
  };
}

function urlSetting(env: NodeJS.ProcessEnv, name: string): URL {
  const value = env[name] ?? "";
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {}
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:"))
    throw new Error(`${name} must be an http(s) URL, not '${value}'`);
  return url;
}

/**
 * Single sign-on settings: the issuer, client id and secret all set (or none). The issuer must use
 * HTTPS unless it is on this machine (a test or development provider).
 */
export function oidcFromEnv(env: NodeJS.ProcessEnv): OidcSettings | undefined {
  const names = [
    "PARTNERSCOPE_OIDC_ISSUER",
    "PARTNERSCOPE_OIDC_CLIENT_ID",
    "PARTNERSCOPE_OIDC_CLIENT_SECRET",
  ] as const;
  const missing = names.filter((name) => !env[name]);
  if (missing.length === names.length) return undefined;
  if (missing.length > 0)
    throw new Error(
      `Single sign-on needs ${missing.join(" and ")} set too (or none of ${names.join(", ")})`,
    );
  const issuer = urlSetting(env, "PARTNERSCOPE_OIDC_ISSUER");
  if (issuer.protocol === "http:" && !isLoopbackUrl(issuer))
    throw new Error(
      `PARTNERSCOPE_OIDC_ISSUER must use https (plain http only on this machine), not '${issuer.href}'`,
    );
  const publicUrl = env.PARTNERSCOPE_PUBLIC_URL
    ? urlSetting(env, "PARTNERSCOPE_PUBLIC_URL").href
    : undefined;
  return {
    issuer: env.PARTNERSCOPE_OIDC_ISSUER as string,
    clientId: env.PARTNERSCOPE_OIDC_CLIENT_ID as string,
    clientSecret: env.PARTNERSCOPE_OIDC_CLIENT_SECRET as string,
    label: env.PARTNERSCOPE_OIDC_LABEL?.trim() || "single sign-on",
    publicUrl,
  };
}

/** Opens the configured store (migrating it) and runs `work` with a service context. */
export async function withContext<T>(
  work: (ctx: ServiceContext, config: Config) => Promise<T>,
): Promise<T> {
  const config = configFromEnv();
  const ctx = await contextOpen({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await work(ctx, config);
  } finally {
    await ctx.close();
  }
}
