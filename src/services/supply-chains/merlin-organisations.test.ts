import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MERLIN_ITEMS } from "../../shared/merlin.ts";
import { openStore, type Store } from "../../store/index.ts";
import { contextOf, type ServiceContext } from "../context.ts";
import { demoLoad } from "../demo.ts";
import { memberSet } from "../people/members.ts";
import { respondentAnswerAdd } from "../people/respondent-answers.ts";
import { respondentLinkAdd } from "../people/respondent-links.ts";
import { userAdd } from "../people/users.ts";
import { merlinResponsesRaw, merlinResults } from "./supply-chain-merlin.ts";

let store: Store;
let ctx: ServiceContext;
const CHAIN = "work-programme-area-x";

/** A context acting as a signed-in member of `demo`, tied to `organisation`. */
async function memberContext(email: string, organisation: string | null): Promise<ServiceContext> {
  const user = await userAdd(ctx, { email });
  await memberSet(ctx, "demo", user.id, { role: "viewer", organisation });
  return { ...ctx, actor: () => ({ kind: "user", userId: user.id, email, sessionHash: "" }) };
}

async function answers(organisation: string, n: number, value: string) {
  const { secret } = await respondentLinkAdd(ctx, "demo", {
    target: CHAIN,
    organisation,
    relation: "present",
    singleUse: false,
  });
  const all = Object.fromEntries(MERLIN_ITEMS.map((i) => [i.id, value]));
  for (let i = 0; i < n; i++) expect((await respondentAnswerAdd(ctx, secret, all)).ok).toBe(true);
}

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await demoLoad(ctx);
  await answers("demo-ac1", 3, "5"); // 100%
  await answers("demo-ha1", 3, "3"); // 50%
  await answers("demo-ha2", 1, "1"); // 0%: a lone respondent
});
afterAll(() => store.close());

const group = (r: Awaited<ReturnType<typeof merlinResults>>, id: string) =>
  r.byOrganisation.find((g) => g.organisation === id)!;

describe("the three-respondent rule for members", () => {
  it("shows a member of another organisation no aggregate that isolates the lone respondent", async () => {
    const r = await merlinResults(await memberContext("x@example.org", "demo-dwp"), "demo", CHAIN);
    // Overall (3·100 + 3·50 + 0) ÷ 7 = 64.29%, shown: 7 respondents.
    expect(r.overall?.percent).toBeCloseTo(450 / 7, 9);
    expect(group(r, "demo-ha2")).toMatchObject({ respondents: 1, withheld: true, overall: null });
    // Both groups of three shown would give HA2 as the total minus them: one is held back.
    expect([group(r, "demo-ac1").withheld, group(r, "demo-ha1").withheld].sort()).toEqual([
      false,
      true,
    ]);
    expect(group(r, "demo-ha1")).toMatchObject({ name: "HA1" });
  });

  it("shows the lone respondent's own organisation its aggregate, and the others too", async () => {
    const r = await merlinResults(
      await memberContext("ha2@example.org", "demo-ha2"),
      "demo",
      CHAIN,
    );
    expect(group(r, "demo-ha2")).toMatchObject({ own: true, withheld: false });
    expect(group(r, "demo-ha2").overall?.percent).toBe(0);
    expect(group(r, "demo-ac1").overall?.percent).toBe(100);
    expect(group(r, "demo-ha1").overall?.percent).toBe(50);
  });

  it("holds the same back from the operator, who reads raw answers through the owners' route", async () => {
    const r = await merlinResults(ctx, "demo", CHAIN);
    expect(group(r, "demo-ha2").withheld).toBe(true);
    const raw = await merlinResponsesRaw(ctx, "demo", CHAIN);
    expect(raw.filter((x) => x.organisation === "demo-ha2")).toHaveLength(1);
    expect(raw).toHaveLength(7);
  });
});
