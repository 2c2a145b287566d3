import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberSet, tokenResolve, userAdd, workspaceAdd } from "../../services/index.ts";
import { peopleCliKit } from "./people-cli-kit.ts";

const kit = peopleCliKit("token");
afterAll(kit.remove);
let ana: string;
beforeAll(() =>
  kit.withData(async (ctx) => {
    await workspaceAdd(ctx, { slug: "alpha", name: "Alpha" });
    ana = (await userAdd(ctx, { email: "ana@example.org" })).id;
    await memberSet(ctx, "alpha", ana, { role: "analyst" });
  }),
);

const DAY = 86_400_000;

describe("partnerscope token create", () => {
  it("makes a token of one workspace for a user, at a role, for 90 days unless said", async () => {
    const started = Date.now();
    const res = await kit.cli([
      "token",
      "create",
      "--workspace",
      "alpha",
      "--user",
      "ana@example.org",
      "--role",
      "viewer",
      "--label",
      "report",
    ]);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^[\w-]{43}$/);
    expect(res.err).toMatch(
      /^Token [0-9a-f]{16} for ana@example\.org: viewer of workspace 'alpha' until /,
    );
    const row = await kit.withData((ctx) => tokenResolve(ctx, res.out, ["api"]));
    expect(row).toMatchObject({ user_id: ana, role: "viewer", label: "report" });
    const days = (Date.parse(row?.expires_at ?? "") - started) / DAY;
    expect(days).toBeGreaterThanOrEqual(90);
    expect(days).toBeLessThan(90.01);
    const week = await kit.cli([
      "token",
      "create",
      "--workspace",
      "alpha",
      "--user",
      "ana@example.org",
      "--role",
      "analyst",
      "--expires-days",
      "7",
    ]);
    const row7 = await kit.withData((ctx) => tokenResolve(ctx, week.out, ["api"]));
    const days7 = (Date.parse(row7?.expires_at ?? "") - started) / DAY;
    expect(days7).toBeGreaterThanOrEqual(7);
    expect(days7).toBeLessThan(7.01);
  });

  it("refuses a role above the user's own in that workspace", async () => {
    const res = await kit.cli([
      "token",
      "create",
      "--workspace",
      "alpha",
      "--user",
      "ana@example.org",
      "--role",
      "editor",
    ]);
    expect(res).toMatchObject({ code: 2, out: "" });
    expect(res.err).toBe(
      "partnerscope token create: A token cannot have a role above its creator's: the account is analyst in workspace 'alpha', so the token can be analyst at most, not editor",
    );
  });

  it("names what is wrong with exit 2", async () => {
    const cases: [string[], string][] = [
      [["--role", "viewer"], "--role goes with --workspace SLUG (a scoped token)"],
      [
        ["--workspace", "alpha", "--role", "viewer"],
        "--user EMAIL (whose token it is) is required",
      ],
      [
        ["--workspace", "alpha", "--user", "ana@example.org"],
        "--role owner|editor|analyst|viewer is required",
      ],
      [
        [
          "--workspace",
          "alpha",
          "--user",
          "ana@example.org",
          "--role",
          "viewer",
          "--expires-days",
          "0",
        ],
        "--expires-days must be a whole number from 1 to 365 (got '0')",
      ],
      [
        ["--workspace", "alpha", "--user", "zed@example.org", "--role", "viewer"],
        "There is no account for zed@example.org: add it first (partnerscope user add)",
      ],
      [
        ["--workspace", "nope", "--user", "ana@example.org", "--role", "viewer"],
        "There is no workspace 'nope'",
      ],
    ];
    for (const [argv, message] of cases) {
      const res = await kit.cli(["token", "create", ...argv]);
      expect([res.code, res.err]).toEqual([2, `partnerscope token create: ${message}`]);
    }
  });

  it("without --workspace still makes the install's owner token", async () => {
    const res = await kit.cli(["token", "create", "--label", "legacy"]);
    expect(res.code).toBe(0);
    const row = await kit.withData((ctx) => tokenResolve(ctx, res.out, ["api"]));
    expect(row).toMatchObject({ workspace_id: null, role: "owner", expires_at: null });
  });
});
