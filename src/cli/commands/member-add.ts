import { memberAddByEmail } from "../../services/index.ts";
import type { CliCommand } from "../command.ts";
import { withContext } from "../config.ts";
import {
  asUsage,
  onePositional,
  requiredOption,
  roleOption,
  stringOption,
} from "./people-input.ts";

/** `partnerscope member add`: give an existing account a role in a workspace. */
export const memberAddCommand: CliCommand = {
  name: "member add",
  summary: "Give an account a role in a workspace (owner, editor, analyst or viewer)",
  usage:
    "member add EMAIL --workspace SLUG --role owner|editor|analyst|viewer [--organisation ID]\n\n  --organisation  the organisation (id in the workspace) the person speaks for\n\nA member who is already there gets the new role and organisation.",
  options: {
    workspace: { type: "string" },
    role: { type: "string" },
    organisation: { type: "string" },
  },
  async run(args, io) {
    const email = onePositional(args, "EMAIL");
    const workspace = requiredOption(args, "workspace", "SLUG");
    const role = roleOption(requiredOption(args, "role", "owner|editor|analyst|viewer"));
    const organisation = stringOption(args, "organisation") ?? null;
    return withContext(async (ctx) => {
      const member = await asUsage(() =>
        memberAddByEmail(ctx, workspace, email, role, organisation),
      );
      const of = member.organisation ? `, for organisation ${member.organisation}` : "";
      io.out(`${member.email} is ${role} of workspace '${workspace}'${of}.`);
      return 0;
    });
  },
};
