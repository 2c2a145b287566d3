import { resolve } from "node:path";
import { contextOpen, type ServiceContext } from "../services/index.ts";

/** Settings read from the environment (README: Configuration). */
export interface Config {
  dataDir: string;
  databaseUrl: string | undefined;
  host: string;
  port: number;
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
