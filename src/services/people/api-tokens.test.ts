import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../store/index.ts";
import { contextOf, type ServiceContext } from "../context.ts";
import { DomainError } from "../errors.ts";
import { workspaceAdd } from "../workspaces.ts";
import type { Actor } from "./actor.ts";
import { workspaceTokenCreate } from "./api-tokens.ts";
import { memberSet } from "./members.ts";
import { userAdd } from "./users.ts";

let store: Store;
let ctx: ServiceContext;
let analyst: string;
let owner: string;

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store, () => new Date("2026-12-06T12:00:00.000Z"));
  await workspaceAdd(ctx, { slug: "alpha", name: "Alpha" });
  analyst = (await userAdd(ctx, { email: "ana@example.org" })).id;
  owner = (await userAdd(ctx, { email: "olive@example.org" })).id;
  await memberSet(ctx, "alpha", analyst, { role: "analyst" });
  await memberSet(ctx, "alpha", owner, { role: "owner" });
});
afterAll(() => store.close());

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (e: DomainError) => (e instanceof DomainError ? e.code : "not a DomainError"),
  );

describe("workspaceTokenCreate", () => {
  it("caps the role at the user's role in the workspace", async () => {
    const ok = await workspaceTokenCreate(ctx, "alpha", { role: "analyst", userId: analyst });
    expect(ok.role).toBe("analyst");
    expect(ok.expiresAt).toBe("2027-03-06T12:00:00.000Z");
    const above = workspaceTokenCreate(ctx, "alpha", { role: "editor", userId: analyst });
    await expect(above).rejects.toThrow(/analyst in workspace 'alpha'.*not editor/);
  });

  it("caps a token made by a token at that token's own role", async () => {
    const asToken: Actor = {
      kind: "token",
      userId: owner,
      email: "olive@example.org",
      tokenHash: "x",
      workspaceId: null,
      role: "editor",
    };
    const tokenCtx = { ...ctx, actor: () => asToken };
    expect(await refusal(workspaceTokenCreate(tokenCtx, "alpha", { role: "owner" }))).toBe(
      "forbidden",
    );
    expect((await workspaceTokenCreate(tokenCtx, "alpha", { role: "editor" })).role).toBe("editor");
  });

  it("refuses a non-member, someone else's token and a lifetime out of range", async () => {
    const outsider = (await userAdd(ctx, { email: "otto@example.org" })).id;
    expect(
      await refusal(workspaceTokenCreate(ctx, "alpha", { role: "viewer", userId: outsider })),
    ).toBe("not_found");
    const asUser: Actor = { kind: "user", userId: owner, email: null, sessionHash: "s" };
    const userCtx = { ...ctx, actor: () => asUser };
    expect(
      await refusal(workspaceTokenCreate(userCtx, "alpha", { role: "viewer", userId: analyst })),
    ).toBe("forbidden");
    for (const days of [0, 366, 1.5])
      expect(
        await refusal(
          workspaceTokenCreate(ctx, "alpha", {
            role: "viewer",
            userId: analyst,
            expiresInDays: days,
          }),
        ),
      ).toBe("invalid");
  });
});
