import type { LifecycleEventInput, Partnership } from "../../../src/shared/index.ts";
import { apiFetch, resourcePath } from "../api.ts";
import { idFromName } from "./ids.ts";

/** The 'Formed' life-cycle event of a new partnership, on its start date (none without one). */
export function formedEventOf(p: Partnership): LifecycleEventInput | null {
  if (!p.start) return null;
  return {
    id: idFromName(`${p.name} formed`),
    date: p.start,
    type: "formed",
    partnership: p.id,
    organisations: p.members.map((m) => m.organisation),
    stage: p.stage,
    note: null,
  };
}

/** Records the 'Formed' event of a just-saved partnership. */
export async function recordFormedEvent(workspace: string, p: Partnership): Promise<void> {
  const event = formedEventOf(p);
  if (event) await apiFetch(resourcePath(workspace, "events"), { method: "POST", body: event });
}
