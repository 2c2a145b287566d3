import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PeopleWorld, peopleWorld } from "./routes/people-test-kit.ts";

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

let world: PeopleWorld;
let paths: Record<string, Record<string, Operation>>;

beforeAll(async () => {
  world = await peopleWorld();
  const owner = await world.person("olive@example.org", { alpha: "owner" });
  const res = await world.app.inject({
    url: "/api/docs/json",
    headers: await world.signedIn(owner),
  });
  paths = res.json().paths;
});
afterAll(() => world.close());

/** Whether an operation documents a success answer: a 204 or a redirect, or a 2xx with a body schema. */
function describesSuccess(operation: Operation): boolean {
  return Object.entries(operation.responses ?? {}).some(
    ([status, response]) =>
      status === "204" ||
      /^3\d\d$/.test(status) ||
      (/^2\d\d$/.test(status) &&
        Object.values(response.content ?? {}).some((media) => media.schema !== undefined)),
  );
}

describe("the OpenAPI document", () => {
  it("describes a success answer of every route", () => {
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(paths))
      for (const [method, operation] of Object.entries(operations))
        if (!describesSuccess(operation)) missing.push(`${method.toUpperCase()} ${path}`);
    expect(Object.keys(paths).length).toBeGreaterThan(100);
    expect(missing.sort()).toEqual([]);
  });

  it("gives every declared JSON error answer the one error body", () => {
    for (const [path, operations] of Object.entries(paths))
      for (const [method, operation] of Object.entries(operations))
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          if (!/^[45]\d\d$/.test(status)) continue;
          const schema = response.content?.["application/json"]?.schema as
            | { properties?: Record<string, unknown> }
            | undefined;
          // Pages for a browser (single sign-on) answer problems in HTML.
          if (!schema && response.content?.["text/html"]) continue;
          expect(Object.keys(schema?.properties ?? {}), `${method} ${path} ${status}`).toEqual([
            "error",
          ]);
        }
  });
});
