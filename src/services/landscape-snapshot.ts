import type { LandscapeInput } from "../engine/landscape/index.ts";
import { eventsAll, organisationsAll, partnershipsAll, workspaceRevision } from "../store/index.ts";
import type { ServiceContext } from "./context.ts";
import { workspaceRequire } from "./workspaces.ts";

interface Cached {
  revision: number;
  input: Promise<LandscapeInput>;
  /** Analytic results by key, least recently used first. */
  results: Map<string, unknown>;
  /** Indexes derived from the input; never evicted while the revision lasts. */
  derived: Map<string, unknown>;
}

/** Per workspace: the landscape as last read, keyed by the revision it was read at. */
const cache = new WeakMap<object, Map<number, Cached>>();
const MAX_RESULTS = 5_000;

function cacheOf(ctx: ServiceContext): Map<number, Cached> {
  const found = cache.get(ctx.store);
  if (found) return found;
  const byWorkspace = new Map<number, Cached>();
  cache.set(ctx.store, byWorkspace);
  return byWorkspace;
}

async function entryOf(ctx: ServiceContext, slug: string): Promise<Cached> {
  const ws = await workspaceRequire(ctx, slug);
  const revision = await workspaceRevision(ctx.store.db, ws.id);
  const byWorkspace = cacheOf(ctx);
  const current = byWorkspace.get(ws.id);
  if (current && current.revision === revision) return current;
  // One read per revision, shared by concurrent requests; a write raises the revision.
  const db = ctx.store.db;
  const input = Promise.all([
    organisationsAll(db, ws.id),
    partnershipsAll(db, ws.id),
    eventsAll(db, ws.id),
  ]).then(([organisations, partnerships, events]) => ({ organisations, partnerships, events }));
  const fresh: Cached = { revision, input, results: new Map(), derived: new Map() };
  byWorkspace.set(ws.id, fresh);
  input.catch(() => byWorkspace.delete(ws.id));
  return fresh;
}

/**
 * Computes `compute(input)` once per workspace revision and `key` (the analytic and its
 * parameters), so repeated views of an unchanged workspace are answered from memory.
 */
export async function landscapeMemo<T>(
  ctx: ServiceContext,
  slug: string,
  key: string,
  compute: (input: LandscapeInput) => T,
): Promise<T> {
  const entry = await entryOf(ctx, slug);
  if (entry.results.has(key)) {
    const hit = entry.results.get(key) as T;
    // Move to the end: the map's order is the eviction order (least recently used first).
    entry.results.delete(key);
    entry.results.set(key, hit);
    return hit;
  }
  const result = compute(await entry.input);
  if (entry.results.size >= MAX_RESULTS) entry.results.delete(entry.results.keys().next().value!);
  entry.results.set(key, result);
  return result;
}

/** An index derived from the workspace's landscape, built once per revision and kept for it. */
export async function landscapeDerived<T>(
  ctx: ServiceContext,
  slug: string,
  key: string,
  build: (input: LandscapeInput) => T,
): Promise<T> {
  const entry = await entryOf(ctx, slug);
  if (!entry.derived.has(key)) entry.derived.set(key, build(await entry.input));
  return entry.derived.get(key) as T;
}
