import { describe, expect, it } from "vitest";
import { ApiError } from "../api.ts";
import { FETCH_IDLE, type FetchRecord, fetchReduce, fetchViewOf } from "./fetch-state.ts";

const run = (...events: Parameters<typeof fetchReduce<string>>[1][]) =>
  events.reduce<FetchRecord<string>>((s, e) => fetchReduce(s, e), FETCH_IDLE);

describe("fetchReduce and fetchViewOf", () => {
  it("shows a path's data once it has answered", () => {
    const state = run({ type: "start", path: "/a" }, { type: "done", path: "/a", data: "A" });
    expect(fetchViewOf(state, "/a")).toEqual({ data: "A", error: null, loading: false });
  });

  it("never shows the previous path's data while the new path loads", () => {
    const state = run(
      { type: "start", path: "/organisations/1" },
      { type: "done", path: "/organisations/1", data: "first" },
      { type: "start", path: "/organisations/2" },
    );
    expect(fetchViewOf(state, "/organisations/2")).toEqual({
      data: null,
      error: null,
      loading: true,
    });
  });

  it("shows nothing of an old answer before the effect for a new path has started", () => {
    // The render right after the path changes, before useEffect dispatches 'start'.
    const state = run({ type: "start", path: "/a" }, { type: "done", path: "/a", data: "A" });
    expect(fetchViewOf(state, "/b")).toEqual({ data: null, error: null, loading: true });
  });

  it("keeps the last answer on screen while another view of the same resource loads", () => {
    // A date slider or a search box changes only the query: the map or list stays until the new
    // answer replaces it.
    let state = run(
      { type: "start", path: "/network?asOf=2010-01-01" },
      { type: "done", path: "/network?asOf=2010-01-01", data: "2010" },
    );
    expect(fetchViewOf(state, "/network?asOf=2012-01-01")).toEqual({
      data: "2010",
      error: null,
      loading: true,
    });
    state = fetchReduce(state, { type: "start", path: "/network?asOf=2012-01-01" });
    expect(fetchViewOf(state, "/network?asOf=2012-01-01").data).toBe("2010");
    state = fetchReduce(state, { type: "done", path: "/network?asOf=2012-01-01", data: "2012" });
    expect(fetchViewOf(state, "/network?asOf=2012-01-01")).toEqual({
      data: "2012",
      error: null,
      loading: false,
    });
  });

  it("drops a late answer to an earlier query of the same resource", () => {
    const state = run(
      { type: "start", path: "/list?q=a" },
      { type: "start", path: "/list?q=ab" },
      { type: "done", path: "/list?q=a", data: "for a (late)" },
    );
    expect(fetchViewOf(state, "/list?q=ab")).toEqual({ data: null, error: null, loading: true });
  });

  it("drops a late answer to an earlier path", () => {
    const state = run(
      { type: "start", path: "/a" },
      { type: "start", path: "/b" },
      { type: "done", path: "/a", data: "A (late)" },
    );
    expect(fetchViewOf(state, "/b").data).toBeNull();
    expect(state.path).toBe("/b");
  });

  it("keeps the data on screen while the same path reloads, then replaces it", () => {
    let state = run({ type: "start", path: "/a" }, { type: "done", path: "/a", data: "old" });
    state = fetchReduce(state, { type: "start", path: "/a" });
    expect(fetchViewOf(state, "/a")).toEqual({ data: "old", error: null, loading: true });
    state = fetchReduce(state, { type: "done", path: "/a", data: "new" });
    expect(fetchViewOf(state, "/a").data).toBe("new");
  });

  it("clears an error when the path then answers, and forgets it on another path", () => {
    const error = new ApiError(404, "not_found", "There is no organisation 'x'");
    let state = run({ type: "start", path: "/x" }, { type: "failed", path: "/x", error });
    expect(fetchViewOf(state, "/x")).toEqual({ data: null, error, loading: false });
    state = fetchReduce(state, { type: "start", path: "/x" });
    state = fetchReduce(state, { type: "done", path: "/x", data: "found" });
    expect(fetchViewOf(state, "/x").error).toBeNull();
    state = run({ type: "start", path: "/x" }, { type: "failed", path: "/x", error });
    state = fetchReduce(state, { type: "start", path: "/y" });
    expect(fetchViewOf(state, "/y").error).toBeNull();
  });

  it("is idle with no path", () => {
    expect(fetchViewOf(FETCH_IDLE, null)).toEqual({ data: null, error: null, loading: false });
  });
});
