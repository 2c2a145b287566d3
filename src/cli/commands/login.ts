import { tokenIssue } from "../../services/index.ts";
import type { CliCommand } from "../command.ts";
import { withContext } from "../config.ts";

/** `partnerscope login`: a fresh one-time login link for a running server. */
export const loginCommand: CliCommand = {
  name: "login",
  summary: "Print a new one-time login link for the web app",
  usage: "login",
  options: {},
  run: (_args, io) =>
    withContext(async (ctx, config) => {
      const token = await tokenIssue(ctx, "login", "from partnerscope login");
      io.out(`Login: http://${config.host}:${config.port}/login?token=${token}`);
      return 0;
    }),
};
