import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { passwordHash, userAdd } from "../../services/index.ts";
import { SESSION_COOKIE } from "../auth/guard.ts";
import { INJECT_ORIGIN, type PeopleWorld, peopleWorld } from "./people-test-kit.ts";

// Sign-in, sessions (idle 12 h, absolute 30 days, revocation) and invitations (7 days), on a clock
// the test moves. The limits come from decision 0009.

const HOUR = 3_600_000;
const PASSWORD = "a long enough passphrase";
let world: PeopleWorld;

beforeEach(async () => {
  world = await peopleWorld();
});
afterEach(async () => {
  await world.close();
});

async function signIn(email: string, password: string) {
  return world.app.inject({
    method: "POST",
    url: "/api/v1/session",
    headers: { origin: INJECT_ORIGIN },
    payload: { email, password },
  });
}

const cookieOf = (res: Awaited<ReturnType<typeof signIn>>) => {
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  return { cookie: `${SESSION_COOKIE}=${cookie?.value}`, origin: INJECT_ORIGIN };
};

async function me(headers: Record<string, string>) {
  return (await world.app.inject({ url: "/api/v1/me", headers })).statusCode;
}

describe("signing in", () => {
  it("answers an unknown email and a wrong password with the same 401 and message", async () => {
    await userAdd(world.ctx, { email: "Ana@Example.org", name: "Ana", password: PASSWORD });
    const unknown = await signIn("nobody@example.org", PASSWORD);
    const wrong = await signIn("ana@example.org", "not the right passphrase");
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error).toEqual(wrong.json().error);
    expect(unknown.cookies).toEqual([]);
    const right = await signIn("ANA@example.ORG", PASSWORD);
    expect(right.statusCode).toBe(200);
    const cookie = right.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(await me(cookieOf(right))).toBe(200);
  });

  it("holds an account after 10 failures in 15 minutes, even for the right password, then lets it in", async () => {
    await userAdd(world.ctx, { email: "ben@example.org", name: "Ben", password: PASSWORD });
    for (let i = 0; i < 10; i++)
      expect((await signIn("ben@example.org", `wrong ${i} attempt!!`)).statusCode).toBe(401);
    const held = await signIn("ben@example.org", PASSWORD);
    expect(held.statusCode).toBe(429);
    expect(held.json().error.message).toMatch(/Too many failed sign-ins/);
    world.advance(15 * 60_000 + 1);
    expect((await signIn("ben@example.org", PASSWORD)).statusCode).toBe(200);
  });

  it("holds an unknown account the same way (holding reveals nothing), and limits each address", async () => {
    for (let i = 0; i < 10; i++) await signIn("ghost@example.org", `wrong ${i} attempt!!`);
    const held = await signIn("ghost@example.org", PASSWORD);
    expect(held.statusCode).toBe(429);
    expect(held.json().error.message).toMatch(/Too many failed sign-ins for this account/);
    // 11 requests so far from this address; the address may make 20 a minute.
    for (let i = 0; i < 9; i++)
      expect((await signIn(`p${i}@example.org`, PASSWORD)).statusCode).toBe(401);
    const limited = await signIn("someone@example.org", PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.message).not.toMatch(/this account/);
  });

  it("stores only an argon2id hash with OWASP's parameters", async () => {
    const user = await userAdd(world.ctx, { email: "cy@example.org", password: PASSWORD });
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.password_hash).not.toContain(PASSWORD);
    expect(await passwordHash(PASSWORD)).not.toBe(user.password_hash); // salted
  });

  it("refuses a short, common or repeated password naming the rule", async () => {
    for (const [password, rule] of [
      ["short pass", /at least 12 characters \(it has 10\)/],
      ["qwerty123456", /most common passwords/],
      ["aaaaaaaaaaaaaaaa", /one character repeated/],
    ] as const)
      await expect(
        userAdd(world.ctx, { email: `x${password.length}@example.org`, password }),
      ).rejects.toThrow(rule);
  });
});

describe("sessions", () => {
  it("end after 12 idle hours, and after 30 days however busy", async () => {
    const userId = await world.person("dee@example.org", { alpha: "viewer" });
    const idle = await world.signedIn(userId);
    const busy = await world.signedIn(userId);
    world.advance(11 * HOUR);
    expect(await me(busy)).toBe(200);
    world.advance(2 * HOUR); // 13 h since `idle` was last used, 2 h since `busy`
    expect(await me(idle)).toBe(401);
    expect(await me(busy)).toBe(200);
    // Kept busy (used every 10 hours), it still ends 30 days after sign-in.
    let elapsed = 13 * HOUR;
    while (elapsed + 10 * HOUR < 30 * 24 * HOUR) {
      world.advance(10 * HOUR);
      elapsed += 10 * HOUR;
      expect(await me(busy)).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 5)); // the last-use write is not awaited
    }
    world.advance(30 * 24 * HOUR - elapsed + 1);
    expect(await me(busy)).toBe(401);
  });

  it("are listed, revocable one by one, and ended by sign-out and by a password change", async () => {
    await userAdd(world.ctx, { email: "eve@example.org", name: "Eve", password: PASSWORD });
    const first = cookieOf(await signIn("eve@example.org", PASSWORD));
    const second = cookieOf(await signIn("eve@example.org", PASSWORD));
    const third = cookieOf(await signIn("eve@example.org", PASSWORD));
    const listed = (await world.app.inject({ url: "/api/v1/me/sessions", headers: first })).json()
      .items;
    expect(listed).toHaveLength(3);
    expect(listed.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const other = listed.find((s: { current: boolean }) => !s.current);
    const revoke = await world.app.inject({
      method: "DELETE",
      url: `/api/v1/me/sessions/${other.id}`,
      headers: first,
    });
    expect(revoke.statusCode).toBe(204);
    const live = (await me(second)) === 200 ? second : third;
    const gone = live === second ? third : second;
    expect(await me(gone)).toBe(401);
    const out = await world.app.inject({ method: "DELETE", url: "/api/v1/session", headers: live });
    expect(out.statusCode).toBe(204);
    expect(await me(live)).toBe(401);
    const fourth = cookieOf(await signIn("eve@example.org", PASSWORD));
    const change = await world.app.inject({
      method: "PUT",
      url: "/api/v1/me/password",
      headers: first,
      payload: { current: PASSWORD, password: "another long passphrase" },
    });
    expect(change.statusCode).toBe(204);
    expect(await me(first)).toBe(200); // the session that changed it stays
    expect(await me(fourth)).toBe(401);
    expect((await signIn("eve@example.org", PASSWORD)).statusCode).toBe(401);
    expect((await signIn("eve@example.org", "another long passphrase")).statusCode).toBe(200);
  });
});

describe("invitations", () => {
  async function invite(owner: Record<string, string>, email: string, role = "viewer") {
    return world.app.inject({
      method: "POST",
      url: "/api/v1/workspaces/alpha/invitations",
      headers: owner,
      payload: { email, role },
    });
  }
  const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

  it("make an account with the invited role, once, within 7 days", async () => {
    const owner = await world.signedIn(await world.person("own@example.org", { alpha: "owner" }));
    const made = await invite(owner, "fay@example.org");
    expect(made.statusCode).toBe(201);
    const token = tokenOf(made.json().link);
    const offer = await world.app.inject({ url: `/api/v1/invitations/${token}` });
    expect(offer.json()).toMatchObject({
      email: "fay@example.org",
      role: "viewer",
      workspace: { slug: "alpha" },
    });
    const accept = await world.app.inject({
      method: "POST",
      url: `/api/v1/invitations/${token}/accept`,
      payload: { name: "Fay", password: PASSWORD },
    });
    expect(accept.json()).toEqual({ workspace: "alpha", role: "viewer" });
    const joined = cookieOf(accept as never);
    const mine = (await world.app.inject({ url: "/api/v1/me", headers: joined })).json();
    expect(mine.workspaces).toEqual([{ slug: "alpha", name: "Alpha", role: "viewer" }]);
    const again = await world.app.inject({
      method: "POST",
      url: `/api/v1/invitations/${token}/accept`,
      payload: { name: "X", password: PASSWORD },
    });
    expect(again.statusCode).toBe(401);
    const listed = (
      await world.app.inject({ url: "/api/v1/workspaces/alpha/invitations", headers: owner })
    ).json().items;
    expect(listed[0].state).toBe("accepted");
  });

  it("expire after 7 days and can be revoked, saying which", async () => {
    const owner = await world.signedIn(await world.person("own2@example.org", { alpha: "owner" }));
    const late = tokenOf((await invite(owner, "gil@example.org")).json().link);
    const revokedMade = (await invite(owner, "hal@example.org")).json();
    const revoke = await world.app.inject({
      method: "DELETE",
      url: `/api/v1/workspaces/alpha/invitations/${revokedMade.invitation.id}`,
      headers: owner,
    });
    expect(revoke.statusCode).toBe(204);
    const revoked = await world.app.inject({
      url: `/api/v1/invitations/${tokenOf(revokedMade.link)}`,
    });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.message).toMatch(/revoked/);
    world.advance(7 * 24 * HOUR - 60_000);
    expect((await world.app.inject({ url: `/api/v1/invitations/${late}` })).statusCode).toBe(200);
    world.advance(2 * 60_000);
    const expired = await world.app.inject({ url: `/api/v1/invitations/${late}` });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.message).toMatch(/expired/);
  });

  it("are logged as the new member's own act, and a reset link's password as theirs", async () => {
    const owner = await world.signedIn(await world.person("own3@example.org", { alpha: "owner" }));
    const token = tokenOf((await invite(owner, "ivy@example.org")).json().link);
    const accept = await world.app.inject({
      method: "POST",
      url: `/api/v1/invitations/${token}/accept`,
      payload: { name: "Ivy", password: PASSWORD },
    });
    expect(accept.statusCode).toBe(200);
    const audit = async (action: string) =>
      (
        await world.app.inject({
          url: `/api/v1/workspaces/alpha/audit?action=${action}`,
          headers: owner,
        })
      ).json().items;
    const joined = (await audit("create")).find(
      (e: { collection: string }) => e.collection === "members",
    );
    expect(joined.actor).toMatchObject({ kind: "user", email: "ivy@example.org" });
    const members = (
      await world.app.inject({ url: "/api/v1/workspaces/alpha/members", headers: owner })
    ).json().items;
    const ivy = members.find((m: { email: string }) => m.email === "ivy@example.org");
    const issued = await world.app.inject({
      method: "POST",
      url: `/api/v1/workspaces/alpha/members/${ivy.userId}/password-reset`,
      headers: owner,
      payload: {},
    });
    const secret = new URL(issued.json().link).searchParams.get("token")!;
    const set = await world.app.inject({
      method: "POST",
      url: `/api/v1/password-reset/${secret}`,
      payload: { password: "ivy's new long passphrase" },
    });
    expect(set.statusCode).toBe(204);
    const [entry] = await audit("password-set");
    expect(entry).toMatchObject({
      actor: { kind: "user", email: "ivy@example.org" },
      recordId: ivy.userId,
    });
    expect(JSON.stringify(entry)).not.toContain("passphrase");
  });
});
