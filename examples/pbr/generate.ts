/**
 * Generates the illustrative CSVs beside this file (seeded, so re-running gives the same files):
 * `npx tsx examples/pbr/generate.ts`. The data are invented; see README.md.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

const here = dirname(new URL(import.meta.url).pathname);
const rng = xoroshiro128plus(2011);
const uniform = () => (rng.next() >>> 0) / 4294967296;
// uniform() is in [0, 1) and every list picked from is a non-empty constant, so the index is in range.
const pick = <T>(xs: readonly T[]) => xs[Math.floor(uniform() * xs.length)]!;
const day = (offset: number) =>
  new Date(Date.UTC(2012, 0, 2) + offset * 86_400_000).toISOString().slice(0, 10);

// Group outcome rates loosely after docs/domain/work-programme.md (36.4% young jobseekers … 5.4% ex-incapacity benefit).
const GROUPS = {
  "jsa-18-24": 0.36,
  "jsa-25-plus": 0.26,
  "jsa-ex-ib": 0.15,
  "esa-new-claimants": 0.1,
  "esa-ex-ib": 0.054,
};
const EASY = ["jsa-18-24", "jsa-25-plus"];
const HARD = ["jsa-ex-ib", "esa-new-claimants", "esa-ex-ib"];
// The members of Prime Contractor P1's chain in the demo (src/services/demo/tsrc-case-studies.json).
const PRIME = "demo-prime-1";
const TSO1 = "demo-tso1"; // tier 1, end-to-end
const SPECIALISTS = ["demo-tso2", "demo-threshold", "demo-tso4", "demo-ha1"]; // tier 2
const PROVIDERS = [PRIME, TSO1, ...SPECIALISTS];
const PERFORMANCE: Record<string, number> = {
  [PRIME]: 1,
  [TSO1]: 1.1,
  "demo-tso2": 1.3,
  "demo-threshold": 1,
  "demo-tso4": 1,
  "demo-ha1": 0.9,
};

function performanceOf(provider: string): number {
  const performance = PERFORMANCE[provider];
  if (performance === undefined) throw new Error(`no performance multiplier for '${provider}'`);
  return performance;
}

function participantsCsv(): string {
  const lines = [
    "participant_id,provider,group,referral_date,job_start_date,outcome,support_hours",
  ];
  for (let i = 1; i <= 600; i++) {
    const provider = pick(PROVIDERS);
    const offset = Math.floor(uniform() * 730); // referrals over two years
    // TSO1 drifts towards easy groups in the second year (creaming); others keep a steady mix.
    const easyShare =
      provider === TSO1 ? (offset < 365 ? 0.5 : 0.85) : provider === "demo-tso2" ? 0.3 : 0.6;
    const group = uniform() < easyShare ? pick(EASY) : pick(HARD);
    const rate = GROUPS[group as keyof typeof GROUPS] * performanceOf(provider);
    const outcome = uniform() < rate ? 1 : 0;
    const started = outcome === 1 || uniform() < 0.15;
    const start = started ? day(offset + 7 + Math.floor(uniform() * 200)) : "";
    // HA1 gives hard groups far fewer hours than easy ones (parking).
    const base = provider === "demo-ha1" && HARD.includes(group) ? 6 : 20;
    const hours = Math.round(base * (0.5 + uniform()) * 10) / 10;
    lines.push(
      `P${String(i).padStart(4, "0")},${provider},${group},${day(offset)},${start},${outcome},${hours}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function journeysCsv(): { journeys: string; claims: string } {
  const lines = ["participant_id,provider,touch_date,outcome"];
  const touched = new Map<string, number>(PROVIDERS.map((p) => [p, 0]));
  for (let i = 1; i <= 300; i++) {
    // Every journey starts at the prime's triage; most go on to TSO1 and some to a tier 2 specialist.
    const path = [PRIME];
    if (uniform() < 0.8) path.push(TSO1);
    if (uniform() < 0.35) path.push(pick(SPECIALISTS));
    const rate = 0.08 + (path.length - 1) * 0.1 + (path.includes("demo-tso2") ? 0.1 : 0);
    const outcome = uniform() < rate ? 1 : 0;
    const start = Math.floor(uniform() * 500);
    path.forEach((p, k) => {
      const last = k === path.length - 1;
      lines.push(
        `J${String(i).padStart(4, "0")},${p},${day(start + k * 30)},${last ? outcome : 0}`,
      );
      if (outcome) touched.set(p, touched.get(p)! + 1);
    });
  }
  // Each partner claims every outcome it touched: the 'credit stealing' of the paper.
  const claims = ["provider,claimed", ...[...touched].map(([p, n]) => `${p},${n}`)];
  return { journeys: `${lines.join("\n")}\n`, claims: `${claims.join("\n")}\n` };
}

writeFileSync(join(here, "participants.csv"), participantsCsv());
const { journeys, claims } = journeysCsv();
writeFileSync(join(here, "journeys.csv"), journeys);
writeFileSync(join(here, "claims.csv"), claims);
