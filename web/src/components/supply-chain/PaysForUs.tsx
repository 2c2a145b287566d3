import { useState } from "react";
import type { PbrModel } from "../../../../src/shared/pbr.ts";
import type {
  ScenarioView,
  SupplyChainAnalysis,
} from "../../../../src/shared/supply-chain-views.ts";
import { money, pct } from "../../lib/supply-chain-chart.ts";

function weekWords(week: number | null): string {
  return week === null
    ? "its cash never turns positive within the contract"
    : `its cash turns positive for good from week ${week}`;
}

function scenarioWords(s: ScenarioView, id: string): string {
  const p = s.providers.find((x) => x.id === id);
  if (!p) return "";
  const verdict = p.npv >= 0 ? "it would pay" : "it would lose money";
  return `${s.label}: with JSA 25+ at ${pct(s.reached, 0)} job outcomes (every group's chance of a job start × ${s.scale.toFixed(2)}), ${verdict}: NPV ${money(p.npv)}, peak funding ${money(p.peakFunding)}, ${weekWords(p.cashPositiveWeek)}.`;
}

function drivenBy(performance: number, model: PbrModel): string {
  const t = model.terms;
  const attachment = t.attachmentPassThrough ? "passed on" : "kept by the prime";
  return `Driven by: performance ${performance.toFixed(2)}, prime retention ${pct(t.primeRetention, 0)}, payment lag ${t.paymentLagWeeks} weeks, attachment fees ${attachment}, discount rate ${pct(model.discount.rate)} a year. The National Audit Office (2012) expected 26% job outcomes for JSA 25+ where the department assumed 40%.`;
}

/** "Does this contract pay for us?": one provider's answer in words, at the modelled rates and at 26% vs 40%. */
export function PaysForUs({ analysis, model }: { analysis: SupplyChainAnalysis; model: PbrModel }) {
  const firstSub = analysis.providers.find((p) => p.tier !== "prime") ?? analysis.providers[0];
  const [id, setId] = useState(firstSub?.id ?? "");
  const p = analysis.providers.find((x) => x.id === id);
  if (!p) return null;
  const b = p.breakEvenPerformance;
  return (
    <div className="sc-pays" data-panel="pays-for-us">
      <label className="sc-field">
        <span>Provider</span>
        <select value={id} onChange={(e) => setId(e.target.value)}>
          {analysis.providers.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </label>
      <p className="sc-answer">
        <strong>{p.npv >= 0 ? "Yes, as modelled." : "No, not as modelled."}</strong> Over{" "}
        {analysis.horizonWeeks} weeks {p.name} would {p.npv >= 0 ? "make" : "lose"}{" "}
        <strong>{money(Math.abs(p.npv))}</strong> in today's money (NPV). At the worst point it must
        fund <strong>{money(p.peakFunding)}</strong> itself before payments catch up, and{" "}
        {weekWords(p.cashPositiveWeek)}.{" "}
        {b === null
          ? "Its NPV does not cross zero at any performance."
          : `It breaks even at ${b.toFixed(2)} × the modelled chances of a job start (it is modelled at ${p.performance.toFixed(2)}).`}
      </p>
      <ul className="sc-scenarios">
        {analysis.scenarios.map((s) => (
          <li key={s.key} data-scenario={s.key}>
            {scenarioWords(s, p.id)}
          </li>
        ))}
      </ul>
      <p className="muted">{drivenBy(p.performance, model)}</p>
    </div>
  );
}
