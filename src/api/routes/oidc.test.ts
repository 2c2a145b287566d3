import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieClient, type Landing } from "../../../test/oidc/cookie-client.ts";
import { type TestProvider, testProviderListen } from "../../../test/oidc/provider.ts";
import {
  accountUpdate,
  contextOf,
  invitationAdd,
  invitationsList,
  memberSet,
  type ServiceContext,
  userAdd,
  workspaceAdd,
} from "../../services/index.ts";
import { openStore, type Store, userByEmail } from "../../store/index.ts";
import { buildApp } from "../app.ts";

// A real OpenID provider (oidc-provider) on loopback, and partnerscope over real HTTP: the
// browser's part is played by a client that keeps cookies and submits the provider's forms.
let store: Store;
let ctx: ServiceContext;
let app: FastifyInstance;
let op: TestProvider;
let base: string;
let callback: string;
let adaId: string;
const start = () => `${base}/api/v1/oidc/start`;
const atCallback = (url: string) => url.startsWith(callback);

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await workspaceAdd(ctx, { slug: "north", name: "North partnership" });
  adaId = (await userAdd(ctx, { email: "ada@example.org", name: "Ada" })).id;
  await memberSet(ctx, "north", adaId, { role: "editor" });
  await userAdd(ctx, { email: "bob@example.org", name: "Bob" });
  await invitationAdd(ctx, "north", { email: "Dee@Example.org", role: "analyst" });
  op = await testProviderListen();
  app = await buildApp({
    ctx,
    oidc: {
      issuer: op.issuer,
      clientId: op.clientId,
      clientSecret: op.clientSecret,
      label: "Test provider",
    },
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  callback = `${base}/api/v1/oidc/callback`;
  op.start(callback, {
    "ada-sub": { email: "Ada@Example.org", email_verified: true, name: "Ada L." },
    "bob-sub": { email: "bob@example.org", email_verified: false },
    "carol-sub": { email: "carol@example.org", email_verified: true },
    "dee-sub": { email: "dee@example.org", email_verified: true, name: "Dee" },
    "mallory-sub": { email: "ada@example.org", email_verified: true },
    "markup-sub": { email: '"<b>x</b>"@example.org', email_verified: true },
  });
});
afterAll(async () => {
  await app?.close();
  await op?.close();
  await store?.close();
});

async function meOf(client: CookieClient) {
  const response = await client.request(`${base}/api/v1/me`);
  return { status: response.status, body: await response.json() };
}

const sessionOf = (client: CookieClient) => client.cookies.get("partnerscope_session")?.value;

function expectRefused(landing: Landing, client: CookieClient, status: number, text: string) {
  expect(landing.url).toBe(landing.visited.at(-1));
  expect(landing.url.startsWith(callback)).toBe(true);
  expect(landing.status).toBe(status);
  expect(landing.body).toContain(text);
  expect(sessionOf(client)).toBeUndefined();
}

describe("single sign-on through a real OpenID provider", () => {
  it("offers the provider on the sign-in page, and nothing without the settings", async () => {
    const options = await app.inject({ url: "/api/v1/auth/options" });
    expect(options.json()).toEqual({
      password: true,
      sso: { label: "Test provider", start: "/api/v1/oidc/start" },
    });
    const plain = await buildApp({ ctx });
    expect((await plain.inject({ url: "/api/v1/auth/options" })).json().sso).toBeNull();
    const refused = await plain.inject({ url: "/api/v1/oidc/start" });
    expect(refused.statusCode).toBe(404);
    expect(refused.body).toContain("Single sign-on is not set up");
    await plain.close();
  });

  it("signs in a person whose verified email matches, whatever its case, and links them", async () => {
    const client = new CookieClient();
    const landing = await client.signIn(start(), "ada-sub");
    const authorize = new URL(landing.visited[1] as string);
    expect(authorize.origin).toBe(op.issuer);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get("state")).toBeTruthy();
    expect(authorize.searchParams.get("nonce")).toBeTruthy();
    expect(landing.visited.some(atCallback)).toBe(true);
    expect(landing.url).toBe(`${base}/`);
    expect(client.cookies.has("partnerscope_oidc")).toBe(false);
    const me = await meOf(client);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: adaId, email: "ada@example.org", via: "session" });
    expect(me.body.workspaces).toEqual([
      { slug: "north", name: "North partnership", role: "editor" },
    ]);
    const ada = await userByEmail(store.db, "ada@example.org");
    expect([ada?.oidc_issuer, ada?.oidc_subject]).toEqual([op.issuer, "ada-sub"]);
  });

  it("refuses another identity claiming a linked account's email", async () => {
    const client = new CookieClient();
    const landing = await client.signIn(start(), "mallory-sub");
    expectRefused(landing, client, 403, "is linked to another Test provider identity");
  });

  it("finds a linked person by issuer and subject after their email changed here", async () => {
    await accountUpdate(ctx, adaId, { email: "ada.lovelace@example.org" });
    const client = new CookieClient();
    await client.signIn(start(), "ada-sub");
    expect((await meOf(client)).body).toMatchObject({
      id: adaId,
      email: "ada.lovelace@example.org",
    });
  });

  it("refuses an unverified email with a clear page and no session", async () => {
    const client = new CookieClient();
    const landing = await client.signIn(start(), "bob-sub");
    expectRefused(
      landing,
      client,
      403,
      "Test provider did not confirm that bob@example.org is verified",
    );
    expect((await meOf(client)).status).toBe(401);
    const bob = await userByEmail(store.db, "bob@example.org");
    expect(bob?.oidc_subject).toBeNull();
    const sessions = await store.db
      .selectFrom("sessions")
      .select("token_hash")
      .where("user_id", "=", bob?.id as string)
      .execute();
    expect(sessions).toEqual([]);
  });

  it("refuses an email with no account and no invitation, creating nothing", async () => {
    const client = new CookieClient();
    const landing = await client.signIn(start(), "carol-sub");
    expectRefused(landing, client, 403, "There is no partnerscope account for carol@example.org");
    expect(await userByEmail(store.db, "carol@example.org")).toBeNull();
  });

  it("writes what the provider says into the refusal page as text, not markup", async () => {
    const client = new CookieClient();
    const landing = await client.signIn(start(), "markup-sub");
    expectRefused(
      landing,
      client,
      403,
      "account for &#34;&#60;b&#62;x&#60;/b&#62;&#34;@example.org",
    );
    expect(landing.body).not.toContain("<b>");
  });

  it("creates the account of an invited email and accepts the invitation", async () => {
    const client = new CookieClient();
    const landing = await client.signIn(start(), "dee-sub");
    expect(landing.url).toBe(`${base}/`);
    const me = await meOf(client);
    expect(me.body).toMatchObject({ email: "dee@example.org", name: "Dee", hasPassword: false });
    expect(me.body.workspaces).toEqual([
      { slug: "north", name: "North partnership", role: "analyst" },
    ]);
    const invitations = await invitationsList(ctx, "north");
    expect(invitations.map((i) => [i.email, i.state])).toEqual([["Dee@Example.org", "accepted"]]);
  });
});

describe("single sign-on refuses callbacks it did not start", () => {
  it("refuses a callback whose state is not the one sent, and the flow is then spent", async () => {
    const client = new CookieClient();
    const stop = await client.signIn(start(), "ada-sub", atCallback);
    const forged = new URL(stop.url);
    expect(forged.searchParams.get("code")).toBeTruthy();
    forged.searchParams.set("state", "not-the-state-we-sent");
    const landing = await client.follow(forged.href);
    expectRefused(landing, client, 400, "did not complete");
    expect(landing.body).toContain("state");
    const genuine = await client.follow(stop.url);
    expectRefused(genuine, client, 400, "was already used");
    expect((await meOf(client)).status).toBe(401);
  });

  it("refuses a replayed callback, even with the flow's cookie", async () => {
    const client = new CookieClient();
    const stop = await client.signIn(start(), "ada-sub", atCallback);
    const flowCookie = client.cookies.get("partnerscope_oidc");
    expect(flowCookie).toBeDefined();
    expect((await client.follow(stop.url)).url).toBe(`${base}/`);
    expect(sessionOf(client)).toBeDefined();
    const attacker = new CookieClient();
    attacker.cookies.set("partnerscope_oidc", flowCookie as { value: string; path: string });
    expectRefused(await attacker.follow(stop.url), attacker, 400, "was already used");
  });

  it("refuses a callback reaching a browser that did not start the sign-in", async () => {
    const victim = new CookieClient();
    const stop = await new CookieClient().signIn(start(), "ada-sub", atCallback);
    expectRefused(await victim.follow(stop.url), victim, 400, "began in another browser");
  });
});
