import {
  type LandscapeInput,
  type LandscapeSources,
  OrganisationColumnsBuilder,
} from "../engine/landscape/index.ts";
import {
  eventsAll,
  eventsForLandscape,
  organisationsAll,
  organisationsForLandscape,
  partnershipsAll,
  workspaceRevision,
} from "../store/index.ts";
import type { ServiceContext } from "./context.ts";
import { workspaceRequire } from "./workspaces.ts";

interface Cached {
  workspaceId: number;
  revision: number;
  /**
   * The whole landscape as objects, read only when an analytic needs it (changes, waves,
   * transitions, network measures); the date-indexed answers read `sources` instead.
   */
  input?: Promise<LandscapeInput>;
  /** Organisations as columns with partnerships and events: what the date index is built from. */
  sources?: Promise<LandscapeSources>;
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
  // One entry per revision, shared by concurrent requests; a write raises the revision.
  const fresh: Cached = {
    workspaceId: ws.id,
    revision,
    results: new Map(),
    bytes: 0,
    derived: new Map(),
  };
  byWorkspace.set(ws.id, fresh);
  return fresh;
}

/** Reads once per entry (shared by concurrent requests); a failed read is forgotten. */
function readOnce<T>(ctx: ServiceContext, entry: Cached, read: () => Promise<T>): Promise<T> {
  const pending = read();
  pending.catch(() => {
    const byWorkspace = cacheOf(ctx);
    if (byWorkspace.get(entry.workspaceId) === entry) byWorkspace.delete(entry.workspaceId);
  });
  return pending;
}

function inputOf(ctx: ServiceContext, entry: Cached): Promise<LandscapeInput> {
  const db = ctx.store.db;
  entry.input ??= readOnce(ctx, entry, async () => {
    const [organisations, partnerships, events] = await Promise.all([
      organisationsAll(db, entry.workspaceId),
      partnershipsAll(db, entry.workspaceId),
      eventsAll(db, entry.workspaceId),
    ]);
    return { organisations, partnerships, events };
  });
  return entry.input;
}

/**
 * Organisations streamed into columns (pages of rows, only the fields the index reads) with the
 * partnerships and events: at 200,000 organisations the objects read by `inputOf` took seconds
 * and hundreds of megabytes before the index could be built (issue 18).
 */
function sourcesOf(ctx: ServiceContext, entry: Cached): Promise<LandscapeSources> {
  const db = ctx.store.db;
  entry.sources ??= readOnce(ctx, entry, async () => {
    const columns = new OrganisationColumnsBuilder();
    const [, partnerships, events] = await Promise.all([
      organisationsForLandscape(db, entry.workspaceId, (row) => columns.add(row)),
      partnershipsAll(db, entry.workspaceId),
      eventsForLandscape(db, entry.workspaceId),
    ]);
    return { organisations: columns.build(), partnerships, events };
  });
  return entry.sources;
}

/**
 * Computes `compute(input)` once per workspace revision and `key` (the analytic and its
 * parameters), so repeated views of an unchanged workspace are answered from memory.
 */
export function landscapeMemo<T>(
  ctx: ServiceContext,
  slug: string,
  key: string,
  compute: (input: LandscapeInput) => T,
): Promise<T> {
  return memoised(ctx, slug, key, async (entry) => compute(await inputOf(ctx, entry)));
}

/**
 * Like `landscapeMemo` for answers computed from an index (`landscapeIndexed`) rather than the
 * whole landscape, so asking them never reads the landscape as objects.
 */
export function landscapeCached<T>(
  ctx: ServiceContext,
  slug: string,
  key: string,
  compute: () => T,
): Promise<T> {
  return memoised(ctx, slug, key, async () => compute());
}

async function memoised<T>(
  ctx: ServiceContext,
  slug: string,
  key: string,
  compute: (entry: Cached) => Promise<T>,
): Promise<T> {
  const entry = await entryOf(ctx, slug);
  const hit = entry.results.get(key);
  if (hit) {
    // Move to the end: the map's order is the eviction order (least recently used first).
    entry.results.delete(key);
    entry.results.set(key, hit);
    return hit.value as T;
  }
  const value = await compute(entry);
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

/**
 * An index built from the workspace's landscape sources (organisations as columns), once per
 * revision and kept for it.
 */
export async function landscapeIndexed<T>(
  ctx: ServiceContext,
  slug: string,
  key: string,
  build: (sources: LandscapeSources) => T,
): Promise<T> {
  const entry = await entryOf(ctx, slug);
  if (!entry.derived.has(key)) {
    const sources = await sourcesOf(ctx, entry);
    if (!entry.derived.has(key)) entry.derived.set(key, build(sources));
  }
  return entry.derived.get(key) as T;
}

/** What a workspace's result cache holds now: how many results and their approximate size. */
export function landscapeCacheSize(ctx: ServiceContext, workspaceId: number) {
  const entry = cacheOf(ctx).get(workspaceId);
  return { results: entry?.results.size ?? 0, bytes: entry?.bytes ?? 0 };
}
