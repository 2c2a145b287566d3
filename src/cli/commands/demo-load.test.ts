import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { membersList, signIn } from "../../services/index.ts";
import { peopleCliKit } from "./people-cli-kit.ts";

const kit = peopleCliKit("demo-people");
afterAll(kit.remove);

/** The members the output lists: email, password, role and organisation. */
function listed(out: string) {
  return out
    .split("\n")
    .filter((l) => l.includes("@example.org"))
    .map((l) => {
      const [email, password, role, organisation] = l.trim().split(/\s+/);
      return { email, password, role, organisation: organisation?.replace(/[()]/g, "") ?? null };
    });
}

describe("partnerscope demo load --people", () => {
  it("adds an owner, an analyst, a viewer and people of two partners, with random passwords", async () => {
    const first = await kit.cli(["demo", "load", "--people"]);
    expect(first.code).toBe(0);
    expect(first.out).toContain("passwords are shown only now");
    const people = listed(first.out);
    expect(people.map((p) => [p.role, p.organisation])).toEqual([
      ["owner", null],
      ["analyst", null],
      ["viewer", null],
      ["editor", "demo-prime-1"],
      ["analyst", "demo-tso1"],
    ]);
    for (const p of people) {
      expect(p.email).toMatch(/@example\.org$/);
      expect(p.password).toMatch(/^([2-9b-df-hj-np-tv-xz]{4}-){3}[2-9b-df-hj-np-tv-xz]{4}$/);
      const user = await kit.withData((ctx) =>
        signIn(ctx, p.email as string, p.password as string),
      );
      expect(user?.email).toBe(p.email);
    }
    const members = await kit.withData((ctx) => membersList(ctx, "demo"));
    for (const p of people)
      expect(members.find((m) => m.email === p.email)).toMatchObject({
        role: p.role,
        organisation: p.organisation,
      });
  }, 60_000);

  it("sets new passwords on each run, and none is written in the code", async () => {
    const before = listed((await kit.cli(["demo", "load", "--people"])).out);
    const after = listed((await kit.cli(["demo", "load", "--people"])).out);
    expect(after.map((p) => p.email)).toEqual(before.map((p) => p.email));
    for (const [i, p] of after.entries()) expect(p.password).not.toBe(before[i]?.password);
    const old = await kit.withData((ctx) =>
      signIn(ctx, before[0]?.email as string, before[0]?.password as string),
    );
    expect(old).toBeNull();
    const source = readFileSync(new URL("../../services/demo-people.ts", import.meta.url), "utf8");
    for (const p of after) expect(source).not.toContain(p.password);
  }, 60_000);

  it("without --people adds no one", async () => {
    const res = await kit.cli(["demo", "load"]);
    expect(res.code).toBe(0);
    expect(res.out).not.toContain("@example.org");
  }, 60_000);
});
