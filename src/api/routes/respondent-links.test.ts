import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  contextOf,
  demoLoad,
  memberSet,
  type ServiceContext,
  sessionStart,
  tokenIssue,
  userAdd,
} from "../../services/index.ts";
import { MERLIN_ITEMS } from "../../shared/merlin.ts";
import { openStore, type Store } from "../../store/index.ts";
import { buildApp } from "../app.ts";
import { ACCESS_TABLE } from "../auth/access-table.ts";
import { SESSION_COOKIE } from "../auth/guard.ts";

let store: Store;
let ctx: ServiceContext;
let app: FastifyInstance;
let owner: { authorization: string };
const session: Record<string, Record<string, string>> = {};
const origin = { origin: "http://localhost:80" };
const LINKS = "/api/v1/workspaces/demo/respondent-links";
const CHAIN = "work-programme-area-x";

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await demoLoad(ctx);
  // An organisation name with markup: the answering page must show it as text.
  await store.db
    .updateTable("organisations")
    .set({ name: `Advice <b>charity</b> & "AC1"` })
    .where("id", "=", "demo-ac1")
    .execute();
  app = await buildApp({ ctx });
  owner = { authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}` };
  for (const role of ["editor", "analyst", "viewer"] as const) {
    const user = await userAdd(ctx, { email: `${role}@example.org`, name: role });
    await memberSet(ctx, "demo", user.id, { role });
    session[role] = { [SESSION_COOKIE]: await sessionStart(ctx, user.id) };
  }
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const createAs = (cookies: Record<string, string>, body: Record<string, unknown> = {}) =>
  app.inject({
    method: "POST",
    url: LINKS,
    cookies,
    headers: origin,
    payload: { target: CHAIN, organisation: "demo-ac1", ...body },
  });

async function newLink(body: Record<string, unknown> = {}): Promise<{ id: string; path: string }> {
  const res = await createAs(session.editor!, body);
  expect(res.statusCode).toBe(201);
  const { respondentLink, link } = res.json();
  return { id: respondentLink.id, path: new URL(link).pathname };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const post = (path: string, fields: Record<string, string>) =>
  app.inject({
    method: "POST",
    url: path,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: form(fields),
  });
const allAgree = (): Record<string, string> =>
  Object.fromEntries(MERLIN_ITEMS.map((i) => [i.id, "4"]));

describe("respondent links API", () => {
  it("lets editors make and list links, shows the URL once, and refuses lower roles", async () => {
    const res = await createAs(session.editor!, { label: "AC1", singleUse: false });
    expect(res.statusCode).toBe(201);
    expect(res.json().link).toMatch(/^http:\/\/localhost:80\/r\/[A-Za-z0-9_-]{43}$/);
    const listed = await app.inject({ url: LINKS, cookies: session.editor! });
    expect(listed.statusCode).toBe(200);
    expect(JSON.stringify(listed.json())).not.toContain(res.json().link.split("/r/")[1]);
    for (const role of ["analyst", "viewer"]) {
      const refused = await createAs(session[role]!);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.message).toContain("editor");
    }
  });

  it("refuses a link's secret as a bearer token or a session cookie on every other route", async () => {
    const secret = (await newLink({ singleUse: false })).path.slice(3);
    let checked = 0;
    for (const [key, access] of Object.entries(ACCESS_TABLE)) {
      if (access === "public") continue;
      const [method, pattern] = key.split(" ") as [string, string];
      if (!app.hasRoute({ method: method as "GET", url: pattern })) continue;
      const url = pattern.replace(":workspace", "demo").replace(/:[A-Za-z]+/g, "x");
      for (const auth of [
        { headers: { authorization: `Bearer ${secret}` } },
        { cookies: { [SESSION_COOKIE]: secret } },
      ]) {
        const res = await app.inject({
          method: method as "GET",
          url,
          ...auth,
          headers: { ...origin, ...auth.headers },
        });
        expect(res.statusCode, `${key} with the link as ${Object.keys(auth)[0]}`).toBe(401);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(80);
    // Nor does it sign anyone in through the one-time login route.
    const login = await app.inject({ url: `/login?token=${secret}` });
    expect(login.cookies.find((c) => c.name === SESSION_COOKIE && c.value)).toBeUndefined();
  });
});

describe("answering pages", () => {
  it("shows an accessible, escaped form without script, never cached", async () => {
    const { path } = await newLink();
    const res = await app.inject({ url: path });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.body).toContain('<html lang="en-GB">');
    expect(res.body).toContain("<title>Partner survey: ");
    expect(res.body).not.toContain("<script");
    expect(res.body).toContain("Advice &lt;b&gt;charity&lt;/b&gt; &amp; &quot;AC1&quot;");
    expect(res.body.match(/<legend><h2>/g)).toHaveLength(8); // one fieldset per principle
    expect(res.body).toContain(`<form method="post" action="${path}" novalidate>`);
  });

  it("sends a bad answer back with a message at the field and every typed answer kept", async () => {
    const { path } = await newLink();
    const typed: Record<string, string> = { ...allAgree(), "design-1": "5", "design-2": "skip" };
    delete typed["contract-2"];
    const res = await post(path, { relation: "past", ...typed, "funding-1": "9" });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("<title>Error: Partner survey: ");
    // The summary links to each field; each field says what is wrong next to it.
    expect(res.body).toContain('<a href="#contract-2-1">');
    expect(res.body).toContain('<a href="#funding-1-1">');
    expect(res.body).toMatch(/id="contract-2" aria-describedby="contract-2-error">\s*<legend>/);
    expect(res.body).toContain('<p class="error-message" id="funding-1-error">');
    // Kept: the relation, "Strongly agree" for design-1, "Don't know" for design-2, and 14 others.
    expect(res.body).toMatch(/id="relation-past" name="relation" value="past" checked/);
    expect(res.body).toMatch(/id="design-1-5" name="design-1" value="5" checked/);
    expect(res.body).toMatch(/id="design-2-skip" name="design-2" value="skip" checked/);
    expect(res.body.match(/ checked>/g)).toHaveLength(1 + 15);
    // Nothing stored; the single-use link still opens.
    expect((await app.inject({ url: path })).statusCode).toBe(200);
  });

  it("records an answer with the link's organisation, thanks, then refuses the used link", async () => {
    const { id, path } = await newLink({ relation: "present", wave: "2027" });
    const res = await post(path, allAgree());
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("<h1>Thank you</h1>");
    const again = await app.inject({ url: path });
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain("already been used");
    const raw = await app.inject({
      url: `/api/v1/workspaces/demo/supply-chains/${CHAIN}/merlin/responses`,
      headers: owner,
    });
    expect(raw.statusCode).toBe(200);
    expect(raw.json().items).toContainEqual(
      expect.objectContaining({
        linkId: id,
        organisation: "demo-ac1",
        relation: "present",
        wave: "2027",
      }),
    );
    const audit = await app.inject({
      url: `/api/v1/workspaces/demo/audit?actor=${id}`,
      headers: owner,
    });
    expect(audit.json().items).toMatchObject([
      { actor: { kind: "respondent" }, collection: "merlin_responses" },
    ]);
  });

  it("gives raw answers to owners only, and aggregates by organisation to members", async () => {
    const url = `/api/v1/workspaces/demo/supply-chains/${CHAIN}/merlin`;
    expect(
      (await app.inject({ url: `${url}/responses`, cookies: session.editor! })).statusCode,
    ).toBe(403);
    const view = await app.inject({ url, cookies: session.viewer! });
    expect(view.statusCode).toBe(200);
    const ac1 = view
      .json()
      .byOrganisation.find((g: { organisation: string }) => g.organisation === "demo-ac1");
    expect(ac1).toMatchObject({ withheld: true, overall: null, own: false });
  });

  it("takes only small urlencoded bodies, and answers 404 for an unknown link", async () => {
    const { path } = await newLink();
    const json = await app.inject({ method: "POST", url: path, payload: { relation: "past" } });
    expect(json.statusCode).toBe(415);
    const big = await post(path, { relation: "past", note: "x".repeat(20_000) });
    expect(big.statusCode).toBe(413);
    const unknown = await app.inject({ url: "/r/not-a-real-link" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain("This link is not valid");
  });

  it("limits answers from one address to 20 a minute", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++)
      statuses.push((await post("/r/guessing", { relation: "past" })).statusCode);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(20);
  });
});
