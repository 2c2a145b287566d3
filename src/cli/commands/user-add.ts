import { resetLink } from "../../api/routes/password-reset.ts";
import { passwordProblem, passwordResetLinkNew, userAdd } from "../../services/index.ts";
import { PASSWORD_RESET_HOURS } from "../../shared/index.ts";
import type { CliCommand } from "../command.ts";
import { UsageError } from "../command.ts";
import { withContext } from "../config.ts";
import { runningServerUrl } from "../server-address.ts";
import { asUsage, onePositional, stdinText, stringOption } from "./people-input.ts";

/** `partnerscope user add`: an account, with a password from stdin or a one-time link to set one. */
export const userAddCommand: CliCommand = {
  name: "user add",
  summary: "Add an account (password from stdin, or a one-time link to set one)",
  usage:
    "user add EMAIL [--name NAME] [--password-stdin]\n\n  --password-stdin  read the password from standard input (at least 12 characters, not a common one)\n\nWithout --password-stdin, prints a one-time link (valid 24 hours) where the person sets their password.",
  options: { name: { type: "string" }, "password-stdin": { type: "boolean" } },
  async run(args, io) {
    const email = onePositional(args, "EMAIL");
    const name = stringOption(args, "name");
    let password: string | undefined;
    if (args.values["password-stdin"]) {
      password = await stdinText(io);
      const problem = passwordProblem(password, { email, name: name ?? null });
      if (problem) throw new UsageError(`the password ${problem}`);
    }
    return withContext(async (ctx, config) => {
      const user = await asUsage(() => userAdd(ctx, { email, name, password }));
      io.out(`Added ${user.email} (${user.name}), id ${user.id}.`);
      if (password !== undefined) return 0;
      const host = config.host.includes(":") ? `[${config.host}]` : config.host;
      const origin = runningServerUrl(config.dataDir) ?? `http://${host}:${config.port}`;
      const { link } = await passwordResetLinkNew(ctx, user, null, (s) => resetLink(origin, s));
      io.out(`Set-password link (works once, for ${PASSWORD_RESET_HOURS} hours): ${link}`);
      return 0;
    });
  },
};
