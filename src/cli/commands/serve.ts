import { fileURLToPath } from "node:url";
import { buildApp } from "../../api/app.ts";
import {
  contextOpen,
  demoEnsure,
  firstOwnerEnsure,
  jobQueueStart,
  jobQueueStop,
  mailerOf,
  tokenIssue,
} from "../../services/index.ts";
import { staleTempDirsRemove } from "../../services/interop/temp-dirs.ts";
import type { CliCommand } from "../command.ts";
import { configFromEnv } from "../config.ts";
import { serverJobOptions } from "../job-settings.ts";
import { serverAddressRemove, serverAddressWrite } from "../server-address.ts";

const WEB_ROOT = fileURLToPath(new URL("../../../web/dist", import.meta.url));

/** `partnerscope serve`: migrate, load the demo on first start, print a login link, serve. */
export const serveCommand: CliCommand = {
  name: "serve",
  summary: "Start the web app and API (loads the demo workspace on first start)",
  usage:
    "serve [--no-demo]\n\nServes http://PARTNERSCOPE_HOST:PARTNERSCOPE_PORT (default 127.0.0.1:8080) and prints a one-time login link.",
  options: { "no-demo": { type: "boolean" } },
  async run(args, io) {
    const config = configFromEnv();
    // Uploads and spill files of a server or import that crashed: nothing will ever read them.
    const stale = staleTempDirsRemove();
    if (stale.length > 0)
      io.out(`Removed ${stale.length} temporary import folder(s) left by a crash.`);
    const ctx = await contextOpen({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    // Settings are checked before anything starts; a bad one closes the store, so the process
    // exits with its message instead of staying alive on the store's open connections.
    let jobOptions: ReturnType<typeof serverJobOptions>;
    try {
      jobOptions = serverJobOptions(ctx.store.adapter.name === "postgres");
    } catch (error) {
      await ctx.close();
      throw error;
    }
    if (!args.values["no-demo"]) {
      const loaded = await demoEnsure(ctx);
      if (loaded)
        io.out(`Loaded the demo workspace 'demo' (${loaded.counts.organisations} organisations).`);
    }
    // The printed login link signs in as the first owner, who owns every workspace without one.
    await firstOwnerEnsure(ctx);
    // Jobs left running by a stopped server are re-queued (or failed, with the reason) now.
    await jobQueueStart(ctx, jobOptions);
    const trustProxy = process.env.PARTNERSCOPE_TRUST_PROXY;
    const app = await buildApp({
      ctx,
      webRoot: WEB_ROOT,
      trustProxy: trustProxy === "true" ? true : trustProxy || false,
      oidc: config.oidc,
      // Invitation and password-reset links go by email when an SMTP server is configured.
      mailer: mailerOf(process.env.PARTNERSCOPE_SMTP_URL, process.env.PARTNERSCOPE_SMTP_FROM),
    });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const host = config.host.includes(":") ? `[${config.host}]` : config.host;
    const token = await tokenIssue(ctx, "login", "printed at start");
    io.out(`partnerscope is serving http://${host}:${port} (${ctx.description})`);
    io.out(`Login: http://${host}:${port}/login?token=${token}`);
    serverAddressWrite(config.dataDir, `http://${host}:${port}`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    serverAddressRemove(config.dataDir);
    await app.close();
    await jobQueueStop(ctx.store);
    await ctx.close();
    return 0;
  },
};
