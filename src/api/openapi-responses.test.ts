import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PeopleWorld, peopleWorld } from "./routes/people-test-kit.ts";

/**
 * Routes that do not yet declare a success response schema (issue 17 point 2), by "METHOD path",
 * grouped by the route file they are in (files other engineers were changing at the time). A route
 * missing that is not listed fails the test; a listed route that has gained its schema is printed,
 * to be taken off the list.
 */
const NOT_YET_DESCRIBED = new Set<string>([
  // health.ts, health-links.ts
  "DELETE /api/v1/workspaces/{workspace}/assessments/{id}",
  "GET /api/v1/workspaces/{workspace}/assessments",
  "GET /api/v1/workspaces/{workspace}/assessments/compare",
  "GET /api/v1/workspaces/{workspace}/assessments/{id}",
  "GET /api/v1/workspaces/{workspace}/assessments/{id}/answering",
  "GET /api/v1/workspaces/{workspace}/assessments/{id}/responses",
  "GET /api/v1/workspaces/{workspace}/assessments/{id}/results",
  "GET /api/v1/workspaces/{workspace}/assessments/{id}/results.csv",
  "GET /api/v1/workspaces/{workspace}/assessments/{id}/results.json",
  "GET /api/v1/workspaces/{workspace}/instruments",
  "GET /api/v1/workspaces/{workspace}/instruments/{id}",
  "POST /api/v1/workspaces/{workspace}/assessments",
  "POST /api/v1/workspaces/{workspace}/assessments/{id}/responses",
  "POST /api/v1/workspaces/{workspace}/assessments/{id}/waves",
  "POST /api/v1/workspaces/{workspace}/assessments/{id}/waves/{wave}/close",
  "POST /api/v1/workspaces/{workspace}/instruments",
  "POST /api/v1/workspaces/{workspace}/instruments/{id}/versions",
]);

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
  it("describes a success answer of every route, except the listed ones still to do", () => {
    const missing: string[] = [];
    const described: string[] = [];
    for (const [path, operations] of Object.entries(paths))
      for (const [method, operation] of Object.entries(operations)) {
        const key = `${method.toUpperCase()} ${path}`;
        (describesSuccess(operation) ? described : missing).push(key);
      }
    console.log(
      `Routes without a 2xx response schema (${missing.length} of ${missing.length + described.length}):\n  ${missing.sort().join("\n  ")}`,
    );
    const done = described.filter((key) => NOT_YET_DESCRIBED.has(key));
    if (done.length)
      console.log(`Described now, take off NOT_YET_DESCRIBED:\n  ${done.join("\n  ")}`);
    expect(missing.filter((key) => !NOT_YET_DESCRIBED.has(key))).toEqual([]);
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
