import {
  type DuplicateCandidate,
  duplicateCandidatesOf,
} from "../../engine/interop/duplicate-candidates.ts";
import { organisationsAll, provenanceAllOf } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { workspaceRequire } from "../workspaces.ts";

/** A proposed duplicate pair with the names people need to judge it. */
export interface DuplicateCandidateView extends DuplicateCandidate {
  aName: string;
  bName: string;
}

/**
 * Pairs of stored organisations that are likely the same (shared identifier, same name, same
 * postcode from import provenance), best first, for a person to merge or dismiss; pairs with
 * different company or charity numbers only when `weaker` matches are asked for, with a warning.
 */
export async function duplicatesFind(
  ctx: ServiceContext,
  slug: string,
  options: { weaker?: boolean } = {},
): Promise<DuplicateCandidateView[]> {
  const ws = await workspaceRequire(ctx, slug);
  const orgs = await organisationsAll(ctx.store.db, ws.id);
  const postcodes = new Map<string, string>();
  for (const p of await provenanceAllOf(ctx.store.db, ws.id, "organisations"))
    if (typeof p.data["postcode"] === "string") postcodes.set(p.entityId, p.data["postcode"]);
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  return duplicateCandidatesOf(
    orgs.map((o) => ({ ...o, postcode: postcodes.get(o.id) ?? null })),
    options,
  ).map((c) => ({ ...c, aName: names.get(c.a)!, bName: names.get(c.b)! }));
}
