import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entitySave, userAdd, workspaceAdd } from "../../services/index.ts";
import { peopleCliKit } from "./people-cli-kit.ts";

const kit = peopleCliKit("member");
afterAll(kit.remove);
beforeAll(() =>
  kit.withData(async (ctx) => {
    await workspaceAdd(ctx, { slug: "alpha", name: "Alpha" });
    await userAdd(ctx, { email: "ana@example.org", name: "Ana" });
    await userAdd(ctx, { email: "ben@example.org", name: "Ben" });
  }),
);

describe("partnerscope member add / member list", () => {
  it("gives accounts roles (and an organisation) and lists them", async () => {
    const added = await kit.cli([
      "member",
      "add",
      "ANA@example.org",
      "--workspace",
      "alpha",
      "--role",
      "owner",
    ]);
    expect(added).toMatchObject({ code: 0, out: "ana@example.org is owner of workspace 'alpha'." });
    await kit.withData((ctx) =>
      entitySave(
        ctx,
        "alpha",
        "organisations",
        { id: "org-tso1", name: "TSO1", sector: "third", kind: "charity" },
        null,
      ),
    );
    const withOrg = await kit.cli([
      "member",
      "add",
      "ben@example.org",
      "--workspace",
      "alpha",
      "--role",
      "viewer",
      "--organisation",
      "org-tso1",
    ]);
    expect(withOrg.out).toBe(
      "ben@example.org is viewer of workspace 'alpha', for organisation org-tso1.",
    );
    const table = await kit.cli(["member", "list", "--workspace", "alpha"]);
    expect(table.code).toBe(0);
    const lines = table.out.split("\n");
    expect(lines[0]).toMatch(/^EMAIL\s+NAME\s+ROLE\s+ORGANISATION\s+SINCE$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/).slice(0, 4))).toEqual([
      ["ana@example.org", "Ana", "owner", "-"],
      ["ben@example.org", "Ben", "viewer", "org-tso1"],
    ]);
    const json = JSON.parse(
      (await kit.cli(["member", "list", "--workspace", "alpha", "--json"])).out,
    );
    expect(json.items.map((m: { email: string; role: string }) => [m.email, m.role])).toEqual([
      ["ana@example.org", "owner"],
      ["ben@example.org", "viewer"],
    ]);
  });

  it("changes a member's role when added again", async () => {
    await kit.cli(["member", "add", "ben@example.org", "--workspace", "alpha", "--role", "editor"]);
    const json = JSON.parse(
      (await kit.cli(["member", "list", "--workspace", "alpha", "--json"])).out,
    );
    expect(json.items[1]).toMatchObject({
      email: "ben@example.org",
      role: "editor",
      organisation: null,
    });
  });

  it("names the problem with exit 2", async () => {
    const cases: [string[], string][] = [
      [
        ["member", "add", "ana@example.org", "--workspace", "alpha", "--role", "admin"],
        "--role must be one of owner, editor, analyst, viewer, not 'admin'",
      ],
      [["member", "add", "ana@example.org", "--role", "viewer"], "--workspace SLUG is required"],
      [["member", "add", "--workspace", "alpha", "--role", "viewer"], "EMAIL is missing"],
      [
        ["member", "add", "zed@example.org", "--workspace", "alpha", "--role", "viewer"],
        "There is no account for zed@example.org: add it first (partnerscope user add)",
      ],
      [
        ["member", "add", "ana@example.org", "--workspace", "nope", "--role", "viewer"],
        "There is no workspace 'nope'",
      ],
      [
        [
          "member",
          "add",
          "ben@example.org",
          "--workspace",
          "alpha",
          "--role",
          "viewer",
          "--organisation",
          "org-x",
        ],
        "There is no organisation 'org-x' in this workspace: $.organisation: is not an organisation of this workspace",
      ],
      [["member", "list", "--workspace", "nope"], "There is no workspace 'nope'"],
      [["member", "list"], "--workspace SLUG is required"],
    ];
    for (const [argv, message] of cases) {
      const res = await kit.cli(argv);
      expect([res.code, res.err]).toEqual([2, `partnerscope ${argv[0]} ${argv[1]}: ${message}`]);
    }
  });

  it("never leaves a workspace without an owner", async () => {
    const res = await kit.cli([
      "member",
      "add",
      "ana@example.org",
      "--workspace",
      "alpha",
      "--role",
      "viewer",
    ]);
    expect(res.code).toBe(2);
    expect(res.err).toContain("A workspace needs at least one owner");
  });
});
