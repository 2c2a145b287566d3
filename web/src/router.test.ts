import { describe, expect, it } from "vitest";
import { isPublicRoute, matchRoute, ROUTE_PATTERNS } from "./router.tsx";

describe("matchRoute", () => {
  it("names the page and takes the parameters from the path", () => {
    expect(matchRoute("/w/demo/organisations/ha-42")).toEqual({
      name: "organisation",
      params: { workspace: "demo", id: "ha-42" },
    });
  });

  it("prefers the fixed 'new' page over an id of 'new'", () => {
    expect(matchRoute("/w/demo/appraisals/new")?.name).toBe("appraisal-new");
    expect(matchRoute("/w/demo/supply-chains/new")?.name).toBe("supply-chain-new");
  });

  it("ignores a trailing slash", () => {
    expect(matchRoute("/w/demo/partnerships/")).toEqual({
      name: "partnerships",
      params: { workspace: "demo" },
    });
  });

  it("decodes escaped parameters", () => {
    expect(matchRoute("/w/demo/organisations/a%20b%2Fc")?.params.id).toBe("a b/c");
  });

  it("matches nested pages by their full length", () => {
    expect(matchRoute("/w/demo/supply-chains/wp/survey/results")?.name).toBe(
      "supply-chain-survey-results",
    );
    expect(matchRoute("/w/demo/organisations/ha-42/portfolio")?.name).toBe(
      "organisation-portfolio",
    );
  });

  it("matches nothing for unknown paths or an empty parameter", () => {
    expect(matchRoute("/w/demo/nowhere")).toBeNull();
    expect(matchRoute("/w//organisations")).toBeNull();
    expect(matchRoute("/w/demo/organisations/ha-42/extra/more")).toBeNull();
  });

  it("reaches every route by its own pattern: none is hidden by an earlier one", () => {
    for (const [name, pattern] of ROUTE_PATTERNS) {
      // Fill each parameter with a value no literal segment has, e.g. /w/ws-1/organisations/id-1.
      const path = pattern.replace(/:(\w+)/g, (_, key: string) => `${key}-1`);
      expect(matchRoute(path)?.name, path).toBe(name);
    }
  });

  it("leaves only sign-in, invitation and password reset open without signing in", () => {
    const open = ROUTE_PATTERNS.map(([name]) => name).filter(isPublicRoute);
    expect(open).toEqual(["sign-in", "invitation", "password-reset"]);
  });
});
