import { useEffect, useState } from "react";
import type { PolicyMarker } from "../../../src/shared/index.ts";

const KEY = "partnerscope:policy-markers";

function stored(workspace: string): PolicyMarker[] | null {
  try {
    const text = window.localStorage.getItem(`${KEY}:${workspace}`);
    const value: unknown = text === null ? null : JSON.parse(text);
    if (!Array.isArray(value)) return null;
    return value.filter(
      (m): m is PolicyMarker => typeof m?.year === "number" && typeof m?.label === "string",
    );
  } catch {
    return null; // Private browsing or a damaged entry: fall back to the defaults.
  }
}

/** The policy markers of the merger-waves chart: the user's own (kept in this browser) or the defaults. */
export function usePolicyMarkers(workspace: string, defaults: readonly PolicyMarker[]) {
  const [own, setOwn] = useState<PolicyMarker[] | null>(() => stored(workspace));
  useEffect(() => setOwn(stored(workspace)), [workspace]);

  const save = (next: PolicyMarker[] | null) => {
    setOwn(next);
    try {
      if (next === null) window.localStorage.removeItem(`${KEY}:${workspace}`);
      else window.localStorage.setItem(`${KEY}:${workspace}`, JSON.stringify(next));
    } catch {
      // Storage refused: the change still holds for this visit.
    }
  };
  const markers = [...(own ?? defaults)].sort((a, b) => a.year - b.year);
  return {
    markers,
    edited: own !== null,
    add: (marker: PolicyMarker) => save([...markers, marker]),
    remove: (index: number) => save(markers.filter((_, i) => i !== index)),
    reset: () => save(null),
  };
}
