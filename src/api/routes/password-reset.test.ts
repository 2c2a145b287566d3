import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sessionResolve, sessionStart } from "../../services/index.ts";
import { INJECT_ORIGIN, type PeopleWorld, peopleWorld } from "./people-test-kit.ts";

let world: PeopleWorld;
let owner: string;
let viewer: string;
let ownerHeaders: Record<string, string>;

beforeEach(async () => {
  world = await peopleWorld();
  owner = await world.person("olive@example.org", { alpha: "owner", beta: "owner" });
  viewer = await world.person("victor@example.org", { alpha: "viewer" });
  ownerHeaders = await world.signedIn(owner);
});
afterEach(() => world.close());

const HOUR = 3_600_000;
const issue = (userId: string, headers = ownerHeaders, slug = "alpha") =>
  world.app.inject({
    method: "POST",
    url: `/api/v1/workspaces/${slug}/members/${userId}/password-reset`,
    headers,
  });
const tokenOf = (link: string) => new URL(link).searchParams.get("token") as string;
const open = (token: string) => world.app.inject({ url: `/api/v1/password-reset/${token}` });
const setPassword = (token: string, password: string) =>
  world.app.inject({
    method: "POST",
    url: `/api/v1/password-reset/${token}`,
    payload: { password },
  });
const signIn = (email: string, password: string) =>
  world.app.inject({
    method: "POST",
    url: "/api/v1/session",
    headers: { origin: INJECT_ORIGIN },
    payload: { email, password },
  });

describe("password reset by a one-time link", () => {
  it("an owner gets a link valid 24 hours that shows whose it is", async () => {
    const res = await issue(viewer);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.emailedTo).toBeNull();
    expect(body.expiresAt).toBe("2026-12-07T12:00:00.000Z");
    expect(body.link).toMatch(/^http:\/\/localhost:80\/password-reset\?token=[\w-]{43}$/);
    const info = await open(tokenOf(body.link));
    expect(info.statusCode).toBe(200);
    expect(info.json()).toEqual({
      email: "victor@example.org",
      name: "victor",
      expiresAt: "2026-12-07T12:00:00.000Z",
    });
  });

  it("sets the password once, ends every session of the account, and then refuses", async () => {
    const before = await sessionStart(world.ctx, viewer);
    const token = tokenOf((await issue(viewer)).json().link);
    const weak = await setPassword(token, "password1234");
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.problems[0].path).toBe("$.password");
    // A refused password leaves the link usable.
    expect((await setPassword(token, "violet kestrel harbour")).statusCode).toBe(204);
    expect(await sessionResolve(world.ctx, before)).toBeNull();
    expect((await signIn("victor@example.org", "violet kestrel harbour")).statusCode).toBe(200);
    const again = await setPassword(token, "another fine passphrase");
    expect(again.statusCode).toBe(401);
    expect((await open(token)).statusCode).toBe(401);
    expect((await signIn("victor@example.org", "another fine passphrase")).statusCode).toBe(401);
  });

  it("expires 24 hours after it was issued", async () => {
    const token = tokenOf((await issue(viewer)).json().link);
    world.advance(24 * HOUR - 1);
    expect((await open(token)).statusCode).toBe(200);
    world.advance(1);
    expect((await open(token)).statusCode).toBe(401);
    expect((await setPassword(token, "violet kestrel harbour")).statusCode).toBe(401);
  });

  it("a newer link replaces the older one", async () => {
    const first = tokenOf((await issue(viewer)).json().link);
    const second = tokenOf((await issue(viewer)).json().link);
    expect((await open(first)).statusCode).toBe(401);
    expect((await open(second)).statusCode).toBe(200);
  });

  it("is for owners, about members of their workspace only", async () => {
    const editor = await world.person("edna@example.org", { alpha: "editor" });
    const res = await issue(viewer, await world.signedIn(editor));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain("owner");
    expect(
      (
        await world.app.inject({
          method: "POST",
          url: `/api/v1/workspaces/alpha/members/${viewer}/password-reset`,
        })
      ).statusCode,
    ).toBe(401);
    const outsider = await world.person("otto@example.org", { beta: "viewer" });
    expect((await issue(outsider)).statusCode).toBe(404);
  });

  it("is never handed to an owner who would reach further with it", async () => {
    // Owner of alpha only; the viewer also belongs to beta, where this owner is nobody.
    const other = await world.person("oscar@example.org", { alpha: "owner" });
    const both = await world.person("bea@example.org", { alpha: "viewer", beta: "editor" });
    const refused = await issue(both, await world.signedIn(other));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain("PARTNERSCOPE_SMTP_URL");
    // An owner of every workspace the account is in may have the link.
    expect((await issue(both)).statusCode).toBe(200);
  });
});
