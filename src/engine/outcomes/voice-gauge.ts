import type { Outcome, VoiceGauge } from "../../shared/outcomes.ts";

/**
 * The voice-of-users gauge of some outcomes: how many users set themselves or co-produced, of
 * all of them. A share, not a score: a framework of one user-set outcome reads 100 %.
 * @example voiceGauge([{ setBy: "users" }, { setBy: "commissioner" }]).share // 0.5
 */
export function voiceGauge(outcomes: readonly Pick<Outcome, "setBy">[]): VoiceGauge {
  const byUsers = outcomes.filter((o) => o.setBy === "users").length;
  const coProduced = outcomes.filter((o) => o.setBy === "co_produced").length;
  const n = outcomes.length;
  return { outcomes: n, byUsers, coProduced, share: n === 0 ? null : (byUsers + coProduced) / n };
}

/** A framework as the gauge needs it: its partnership (if any) and outcomes' setters. */
export interface GaugedFramework {
  id: string;
  partnership: string | null;
  outcomes: readonly Pick<Outcome, "setBy">[];
}

/** The gauge of a partnership's frameworks, pooled over their outcomes. */
export interface PartnershipGauge extends VoiceGauge {
  partnership: string;
  frameworks: number;
}

/**
 * The gauge across a workspace (every framework's outcomes pooled) and per partnership, by
 * partnership id; frameworks attached to a contract or supply chain count in the total only.
 */
export function workspaceVoice(frameworks: readonly GaugedFramework[]): {
  total: VoiceGauge & { frameworks: number };
  partnerships: PartnershipGauge[];
} {
  const byPartnership = new Map<string, GaugedFramework[]>();
  for (const f of frameworks) {
    if (!f.partnership) continue;
    const list = byPartnership.get(f.partnership);
    if (list) list.push(f);
    else byPartnership.set(f.partnership, [f]);
  }
  const partnerships = [...byPartnership.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([partnership, fs]) => ({
      partnership,
      frameworks: fs.length,
      ...voiceGauge(fs.flatMap((f) => f.outcomes)),
    }));
  const total = {
    frameworks: frameworks.length,
    ...voiceGauge(frameworks.flatMap((f) => f.outcomes)),
  };
  return { total, partnerships };
}
