import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { memberSet, tokenIssue } from "../../services/index.ts";
import { type PeopleWorld, peopleWorld } from "./people-test-kit.ts";

let world: PeopleWorld;
let owner: string;
let ownerHeaders: Record<string, string>;

beforeEach(async () => {
  world = await peopleWorld();
  owner = await world.person("olive@example.org", { alpha: "owner", beta: "owner" });
  ownerHeaders = await world.signedIn(owner);
});
afterEach(() => world.close());

const DAY = 86_400_000;
const tokens = "/api/v1/workspaces/alpha/tokens";
const create = (payload: object, headers = ownerHeaders) =>
  world.app.inject({ method: "POST", url: tokens, headers, payload });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const get = (url: string, token: string) => world.app.inject({ url, headers: bearer(token) });

describe("workspace API tokens", () => {
  it("creates a token shown once, listed with its label, role, user, dates and last use", async () => {
    const res = await create({ label: "nightly export", role: "viewer" });
    expect(res.statusCode).toBe(201);
    const { token, id, expiresAt } = res.json();
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    // 90 days unless said.
    expect(expiresAt).toBe("2027-03-06T12:00:00.000Z");
    const listed = () => world.app.inject({ url: tokens, headers: ownerHeaders });
    expect((await listed()).json().items).toEqual([
      {
        id,
        label: "nightly export",
        role: "viewer",
        user: "olive@example.org",
        createdAt: "2026-12-06T12:00:00.000Z",
        expiresAt,
        lastUsedAt: null,
      },
    ]);
    expect(JSON.stringify((await listed()).json())).not.toContain(token);
    world.advance(5 * 60_000);
    expect((await get("/api/v1/workspaces/alpha", token)).statusCode).toBe(200);
    expect((await listed()).json().items[0].lastUsedAt).toBe("2026-12-06T12:05:00.000Z");
  });

  it("is capped at its role and opens its own workspace only", async () => {
    const { token } = (await create({ label: "reader", role: "viewer" })).json();
    expect((await get("/api/v1/workspaces/alpha/organisations", token)).statusCode).toBe(200);
    const write = await world.app.inject({
      method: "POST",
      url: "/api/v1/workspaces/alpha/organisations",
      headers: bearer(token),
      payload: { id: "org-1", name: "Org 1", type: "charity" },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.message).toContain("editor");
    // The owner owns beta too, but this token was made for alpha.
    expect((await get("/api/v1/workspaces/beta", token)).statusCode).toBe(404);
    expect((await get("/api/v1/workspaces/beta/tokens", token)).statusCode).toBe(404);
  });

  it("lists in /me only its own workspace, at the lower of its role and its user's", async () => {
    const { token } = (await create({ label: "reader", role: "editor" })).json();
    const mine = (headers: Record<string, string>) =>
      world.app.inject({ url: "/api/v1/me", headers }).then((r) => r.json().workspaces);
    // Signed in, olive owns both; the editor token made for alpha sees alpha only, as editor.
    expect(await mine(ownerHeaders)).toEqual([
      expect.objectContaining({ slug: "alpha", role: "owner" }),
      expect.objectContaining({ slug: "beta", role: "owner" }),
    ]);
    expect(await mine(bearer(token))).toEqual([
      expect.objectContaining({ slug: "alpha", role: "editor" }),
    ]);
    // Demoted to viewer in alpha, the token acts as viewer (its user's role is now lower).
    await world.person("oscar@example.org", { alpha: "owner" });
    await memberSet(world.ctx, "alpha", owner, { role: "viewer" });
    expect(await mine(bearer(token))).toEqual([
      expect.objectContaining({ slug: "alpha", role: "viewer" }),
    ]);
    expect(await mine(ownerHeaders)).toEqual([
      expect.objectContaining({ slug: "alpha", role: "viewer" }),
      expect.objectContaining({ slug: "beta", role: "owner" }),
    ]);
  });

  it("never acts above its user's role, even once the user is demoted", async () => {
    const { token } = (await create({ label: "admin script", role: "owner" })).json();
    expect((await get(tokens, token)).statusCode).toBe(200);
    const other = await world.person("oscar@example.org", { alpha: "owner" });
    await memberSet(world.ctx, "alpha", owner, { role: "analyst" });
    expect(other).toBeTruthy();
    expect((await get(tokens, token)).statusCode).toBe(403);
  });

  it("refuses a token above its creator's role", async () => {
    // An editor-role token of an owner cannot make tokens at all (they are the owner's business)…
    const editorToken = await tokenIssue(world.ctx, "api", "editor script", {
      userId: owner,
      workspaceId: null,
      role: "editor",
      expiresAt: null,
    });
    const res = await create({ label: "escalate", role: "owner" }, bearer(editorToken));
    expect(res.statusCode).toBe(403);
    // …and a role that is not one is a bad request naming the field.
    const bad = await create({ label: "x", role: "superuser" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems[0].path).toBe("$.role");
    const tooLong = await create({ label: "x", role: "viewer", expiresInDays: 366 });
    expect(tooLong.json().error.problems[0].path).toBe("$.expiresInDays");
  });

  it("expires after the days asked for", async () => {
    const { token } = (await create({ label: "short", role: "viewer", expiresInDays: 2 })).json();
    world.advance(2 * DAY - 1);
    expect((await get("/api/v1/workspaces/alpha", token)).statusCode).toBe(200);
    world.advance(1);
    expect((await get("/api/v1/workspaces/alpha", token)).statusCode).toBe(401);
    // (The owner's session has idled out meanwhile: sign in again.)
    const listed = await world.app.inject({ url: tokens, headers: await world.signedIn(owner) });
    expect(listed.json().items).toEqual([]);
  });

  it("is revoked by its id", async () => {
    const { token, id } = (await create({ label: "gone", role: "viewer" })).json();
    const del = (tokenId: string) =>
      world.app.inject({ method: "DELETE", url: `${tokens}/${tokenId}`, headers: ownerHeaders });
    expect((await del(id)).statusCode).toBe(204);
    expect((await get("/api/v1/workspaces/alpha", token)).statusCode).toBe(401);
    expect((await del(id)).statusCode).toBe(404);
  });

  it("is for owners: others get 403, non-members 404", async () => {
    const analyst = await world.person("ana@example.org", { alpha: "analyst" });
    const res = await world.app.inject({ url: tokens, headers: await world.signedIn(analyst) });
    expect(res.statusCode).toBe(403);
    const outsider = await world.person("otto@example.org", { beta: "owner" });
    const hidden = await world.app.inject({ url: tokens, headers: await world.signedIn(outsider) });
    expect(hidden.statusCode).toBe(404);
  });
});
