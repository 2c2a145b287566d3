import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { passwordResetOpen, signIn } from "../../services/index.ts";
import { peopleCliKit } from "./people-cli-kit.ts";

const kit = peopleCliKit("user-add");
afterAll(kit.remove);

describe("partnerscope user add", () => {
  it("adds an account with the password read from stdin", async () => {
    const res = await kit.cli(
      ["user", "add", "Ada@Example.org", "--name", "Ada Lovelace", "--password-stdin"],
      "analytical engine notes\n",
    );
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^Added Ada@Example\.org \(Ada Lovelace\), id [0-9a-f-]{36}\.$/);
    // The one line end `echo` adds is not part of the password.
    const user = await kit.withData((ctx) =>
      signIn(ctx, "ada@example.org", "analytical engine notes"),
    );
    expect(user?.name).toBe("Ada Lovelace");
  });

  it("without a password prints a one-time link that sets one", async () => {
    const res = await kit.cli(["user", "add", "bob@example.org"]);
    expect(res.code).toBe(0);
    const link = res.out.match(/http:\/\/127\.0\.0\.1:8080\/password-reset\?token=([\w-]{43})$/);
    expect(res.out).toContain("Set-password link (works once, for 24 hours)");
    const info = await kit.withData((ctx) => passwordResetOpen(ctx, link?.[1] ?? ""));
    expect(info.email).toBe("bob@example.org");
  });

  it("refuses a weak password, a taken email and a missing one with exit 2", async () => {
    const weak = await kit.cli(["user", "add", "cy@example.org", "--password-stdin"], "short\n");
    expect(weak).toMatchObject({ code: 2, out: "" });
    expect(weak.err).toBe(
      "partnerscope user add: the password must have at least 12 characters (it has 5)",
    );
    const common = await kit.cli(
      ["user", "add", "cy@example.org", "--password-stdin"],
      "password1234",
    );
    expect(common.err).toContain("one of the most common passwords");
    const taken = await kit.cli(["user", "add", "ADA@example.org"]);
    expect(taken.code).toBe(2);
    expect(taken.err).toBe(
      "partnerscope user add: There is already an account for ADA@example.org",
    );
    const missing = await kit.cli(["user", "add"]);
    expect(missing).toMatchObject({ code: 2, err: "partnerscope user add: EMAIL is missing" });
    const bad = await kit.cli(["user", "add", "not-an-email"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("$.email: is not an email address");
  });

  it("reads the real process's standard input", () => {
    const child = spawnSync(
      "npx",
      ["tsx", "src/cli/main.ts", "user", "add", "dee@example.org", "--password-stdin"],
      {
        input: "quiet lantern meadow\n",
        encoding: "utf8",
        env: { ...process.env, PARTNERSCOPE_DATA_DIR: kit.dir, PARTNERSCOPE_DATABASE_URL: "" },
        timeout: 60_000,
      },
    );
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(/^Added dee@example\.org/);
    return kit
      .withData((ctx) => signIn(ctx, "dee@example.org", "quiet lantern meadow"))
      .then((user) => expect(user?.email).toBe("dee@example.org"));
  }, 60_000);
});
