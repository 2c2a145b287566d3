import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoApi, openDemoApi } from "../../../test/factories/demo-api.ts";

// A framework holds on to what it is attached to: deleting that is refused with 409, not a 500.
let app: FastifyInstance;
let headers: { authorization: string };
const W = "/api/v1/workspaces/demo";

let api: DemoApi;
beforeAll(async () => {
  api = await openDemoApi();
  ({ app, headers } = api);
});
afterAll(() => api.close());

const framework = (id: string, target: Record<string, string>) => ({
  id,
  title: "Attached",
  ...target,
  involvement: "involve",
  outcomes: [{ id: "o", title: "Outcome", setBy: "co_produced", indicators: [] }],
});

describe("a framework's target", () => {
  it("cannot be deleted from under it: partnership and supply chain answer 409", async () => {
    for (const [id, target, url] of [
      [
        "on-p",
        { partnership: "demo-p-jus-west-london" },
        `${W}/partnerships/demo-p-jus-west-london`,
      ],
      [
        "on-sc",
        { supplyChain: "work-programme-area-x" },
        `${W}/supply-chains/work-programme-area-x`,
      ],
    ] as const) {
      const created = await app.inject({
        method: "POST",
        url: `${W}/outcome-frameworks`,
        headers,
        payload: framework(id, target),
      });
      expect(created.statusCode).toBe(201);
      const res = await app.inject({ method: "DELETE", url, headers });
      expect(res.statusCode).toBe(409);
    }
  });

  it("refuses a supply chain or contract that does not exist, naming the field", async () => {
    const res = await app.inject({
      method: "POST",
      url: `${W}/outcome-frameworks`,
      headers,
      payload: framework("x", { supplyChain: "nope" }),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.problems).toEqual([expect.objectContaining({ path: "$.supplyChain" })]);
  });
});
