import { tokenIssue } from "../../services/index.ts";
import type { CliCommand } from "../command.ts";
import { withContext } from "../config.ts";
import { runningServerUrl } from "../server-address.ts";

/** `partnerscope login`: a fresh one-time login link for a running server. */
export const loginCommand: CliCommand = {
  name: "login",
  summary: "Print a new one-time login link for the web app",
  usage:
    "login\n\nUses the address of the server running on this data folder (PARTNERSCOPE_DATA_DIR); with none running, PARTNERSCOPE_HOST and PARTNERSCOPE_PORT (default 127.0.0.1:8080), and says so.",
  options: {},
  run: (_args, io) =>
    withContext(async (ctx, config) => {
      const token = await tokenIssue(ctx, "login", "from partnerscope login");
      let base = runningServerUrl(config.dataDir);
      if (!base) {
        const host = config.host.includes(":") ? `[${config.host}]` : config.host;
        base = `http://${host}:${config.port}`;
        const from = process.env.PARTNERSCOPE_PORT ? "PARTNERSCOPE_PORT" : "the default port";
        io.err(`No running server found for ${config.dataDir}; assuming ${base} (${from}).`);
      }
      io.out(`Login: ${base}/login?token=${token}`);
      return 0;
    }),
};
