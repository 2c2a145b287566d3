import { membersList } from "../../services/index.ts";
import type { Member } from "../../shared/index.ts";
import type { CliCommand } from "../command.ts";
import { withContext } from "../config.ts";
import { asUsage, requiredOption } from "./people-input.ts";

/** The members as an aligned table: email, name, role, organisation, since. */
export function membersTable(members: Member[]): string {
  const rows = [
    ["EMAIL", "NAME", "ROLE", "ORGANISATION", "SINCE"],
    ...members.map((m) => [
      m.email ?? "(no email)",
      m.name,
      m.role,
      m.organisation ?? "-",
      m.since.slice(0, 10),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** `partnerscope member list`: a workspace's members and their roles. */
export const memberListCommand: CliCommand = {
  name: "member list",
  summary: "List a workspace's members with their roles",
  usage: "member list --workspace SLUG [--json]",
  options: { workspace: { type: "string" }, json: { type: "boolean" } },
  async run(args, io) {
    const workspace = requiredOption(args, "workspace", "SLUG");
    return withContext(async (ctx) => {
      const members = await asUsage(() => membersList(ctx, workspace));
      io.out(
        args.values.json ? JSON.stringify({ items: members }, null, 2) : membersTable(members),
      );
      return 0;
    });
  },
};
