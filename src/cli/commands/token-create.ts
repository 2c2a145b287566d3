import { tokenIssue, userByEmailOf, workspaceTokenCreate } from "../../services/index.ts";
import { API_TOKEN_DAYS_DEFAULT, API_TOKEN_DAYS_MAX } from "../../shared/index.ts";
import type { CliArgs, CliCommand, CliIo } from "../command.ts";
import { UsageError } from "../command.ts";
import { withContext } from "../config.ts";
import { integerFlag } from "../number-options.ts";
import { asUsage, requiredOption, roleOption, stringOption } from "./people-input.ts";

const SCOPED = ["role", "user", "expires-days"] as const;

/** `partnerscope token create`: a bearer token for scripts and the API. */
export const tokenCreateCommand: CliCommand = {
  name: "token create",
  summary: "Create a bearer token for scripts (Authorization: Bearer …)",
  usage: `token create [--label TEXT] [--workspace SLUG --user EMAIL --role owner|editor|analyst|viewer [--expires-days N]]\n\nWithout --workspace: an owner token of every workspace the install's first owner owns, with no expiry.\nWith --workspace: a token of that one workspace, belonging to --user and acting with --role, which\nmay not be above that user's role there; it expires after --expires-days (${API_TOKEN_DAYS_DEFAULT} unless said, at most ${API_TOKEN_DAYS_MAX}).\nThe token is printed on stdout, once.`,
  options: {
    label: { type: "string" },
    workspace: { type: "string" },
    role: { type: "string" },
    user: { type: "string" },
    "expires-days": { type: "string" },
  },
  run: (args, io) => {
    const label = stringOption(args, "label") ?? null;
    const workspace = stringOption(args, "workspace");
    if (workspace === undefined) {
      const stray = SCOPED.find((name) => args.values[name] !== undefined);
      if (stray) throw new UsageError(`--${stray} goes with --workspace SLUG (a scoped token)`);
      return withContext(async (ctx) => {
        io.out(await tokenIssue(ctx, "api", label));
        return 0;
      });
    }
    return scopedTokenCreate(args, io, workspace, label);
  },
};

function scopedTokenCreate(args: CliArgs, io: CliIo, workspace: string, label: string | null) {
  const email = requiredOption(args, "user", "EMAIL (whose token it is)");
  const role = roleOption(requiredOption(args, "role", "owner|editor|analyst|viewer"));
  const days = integerFlag(
    args.values["expires-days"],
    "expires-days",
    API_TOKEN_DAYS_DEFAULT,
    1,
    API_TOKEN_DAYS_MAX,
  );
  return withContext(async (ctx) => {
    const created = await asUsage(async () => {
      const user = await userByEmailOf(ctx, email);
      return workspaceTokenCreate(ctx, workspace, {
        label,
        role,
        expiresInDays: days,
        userId: user.id,
      });
    });
    io.out(created.token);
    io.err(
      `Token ${created.id} for ${email}: ${role} of workspace '${workspace}' until ${created.expiresAt}.`,
    );
    return 0;
  });
}
