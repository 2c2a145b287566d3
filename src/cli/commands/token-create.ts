import { tokenIssue } from "../../services/index.ts";
import type { CliCommand } from "../command.ts";
import { withContext } from "../config.ts";

/** `partnerscope token create`: a bearer token for scripts and the API. */
export const tokenCreateCommand: CliCommand = {
  name: "token create",
  summary: "Create a bearer token for scripts (Authorization: Bearer …)",
  usage: "token create [--label TEXT]",
  options: { label: { type: "string" } },
  run: (args, io) =>
    withContext(async (ctx) => {
      const label = typeof args.values.label === "string" ? args.values.label : null;
      io.out(await tokenIssue(ctx, "api", label));
      return 0;
    }),
};
