import type { LandscapeInput } from "../engine/landscape/index.ts";
import { eventsAll, organisationsAll, partnershipsAll, workspaceRevision } from "../store/index.ts";
import type { ServiceContext } from "./context.ts";
import { workspaceRequire } from "./workspaces.ts";

interface Cached {
  revision: number;
  input: Promise<LandscapeInput>;
  /** Analytic results by key with their approximate size, least recently used first. */
  results: Map<string, { value: unknown; bytes: number }>;
  /** The approximate size of all the results kept. */
  bytes: number;
  /** Indexes derived from the input; never evicted while the revision lasts. */
  derived: Map<string, unknown>;
}

/** Per workspace: the landscape as last read, keyed by the revision it was read at. */
const cache = new WeakMap<object, Map<number, Cached>>();
/**
 * How many analytic results a workspace keeps, and their total size. Bounded by size as well as
 * count: a network or distribution of a 200,000-organisation workspace is tens of megabytes, and a
 * client asking for many distinct dates must not fill the heap (300 dates ran the server out of
 * memory). Sizes are JSON lengths counted as two bytes a character. Tests may lower them.
 * 64 MB: with the date index most answers take milliseconds, so the cache serves repeated views
 * rather than standing in for speed, and the serving process stays within its 400 MB (issue 18).
 */
export const LANDSCAPE_CACHE = { maxResults: 5_000, maxBytes: 64 * 1024 * 1024 };

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
  const fresh: Cached = { revision, input, results: new Map(), bytes: 0, derived: new Map() };
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
  const hit = entry.results.get(key);
  if (hit) {
    // Move to the end: the map's order is the eviction order (least recently used first).
    entry.results.delete(key);
    entry.results.set(key, hit);
    return hit.value as T;
  }
  const value = compute(await entry.input);
  remember(entry, key, value);
  return value;
}

/** Keeps `value` under `key`, evicting the least recently used results to stay within bounds. */
function remember(entry: Cached, key: string, value: unknown) {
  const bytes = 2 * (JSON.stringify(value)?.length ?? 0);
  if (bytes > LANDSCAPE_CACHE.maxBytes / 4) return; // too big to be worth keeping
  while (
    entry.results.size > 0 &&
    (entry.results.size >= LANDSCAPE_CACHE.maxResults ||
      entry.bytes + bytes > LANDSCAPE_CACHE.maxBytes)
  ) {
    const [oldest, kept] = entry.results.entries().next().value!;
    entry.results.delete(oldest);
    entry.bytes -= kept.bytes;
  }
  entry.results.set(key, { value, bytes });
  entry.bytes += bytes;
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

/** What a workspace's result cache holds now: how many results and their approximate size. */
export function landscapeCacheSize(ctx: ServiceContext, workspaceId: number) {
  const entry = cacheOf(ctx).get(workspaceId);
  return { results: entry?.results.size ?? 0, bytes: entry?.bytes ?? 0 };
}
