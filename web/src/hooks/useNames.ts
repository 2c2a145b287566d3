import { useEffect, useState } from "react";
import { apiFetch, type ListResult, resourcePath } from "../api.ts";

/** Display names of organisations and partnerships in a workspace, by id. */
export type NameMap = ReadonlyMap<string, string>;

const cache = new Map<string, Promise<Map<string, string>>>();

async function loadNames(workspace: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const [organisations, partnerships] = await Promise.all([
    apiFetch<ListResult<{ id: string; name: string }>>(
      `${resourcePath(workspace, "organisations")}?limit=500&sort=name`,
    ),
    apiFetch<ListResult<{ id: string; name: string }>>(
      `${resourcePath(workspace, "partnerships")}?limit=500&sort=name`,
    ),
  ]);
  for (const item of [...organisations.items, ...partnerships.items]) names.set(item.id, item.name);
  return names;
}

/** Forgets the cached names of a workspace (after anything is created, renamed or deleted). */
export function forgetNames(workspace: string): void {
  cache.delete(workspace);
}

/** The names of up to 500 organisations and partnerships, for showing ids as names. */
export function useNames(workspace: string): NameMap {
  const [names, setNames] = useState<NameMap>(new Map());
  useEffect(() => {
    let live = true;
    let pending = cache.get(workspace);
    if (!pending) {
      pending = loadNames(workspace);
      cache.set(workspace, pending);
      pending.catch(() => cache.delete(workspace));
    }
    pending.then((found) => live && setNames(found)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [workspace]);
  return names;
}

/** Like useNames, and also fetches one by one the named organisations the first 500 missed. */
export function useOrganisationNames(workspace: string, ids: readonly string[]): NameMap {
  const names = useNames(workspace);
  const [extra, setExtra] = useState<Map<string, string>>(new Map());
  const key = ids.join("\n");
  useEffect(() => {
    if (names.size === 0) return;
    const missing = key.split("\n").filter((id) => id && !names.has(id));
    if (missing.length === 0) return;
    let live = true;
    Promise.all(
      missing.map((id) =>
        apiFetch<{ id: string; name: string }>(resourcePath(workspace, "organisations", id)).catch(
          () => null,
        ),
      ),
    ).then((found) => {
      if (!live) return;
      setExtra(new Map(found.flatMap((o) => (o ? [[o.id, o.name] as const] : []))));
    });
    return () => {
      live = false;
    };
  }, [workspace, names, key]);
  return extra.size === 0 ? names : new Map([...names, ...extra]);
}
