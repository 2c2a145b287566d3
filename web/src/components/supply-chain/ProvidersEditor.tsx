import { PBR_TIERS, type PbrProvider } from "../../../../src/shared/pbr.ts";
import { TIER_LABELS } from "../../lib/supply-chain-chart.ts";
import {
  type ModelDraft,
  withNewProvider,
  withoutProvider,
  withProvider,
} from "../../lib/supply-chain-model.ts";
import { NumField } from "./NumField.tsx";

type CostKey = keyof PbrProvider["costs"];
const COSTS: [CostKey, string][] = [
  ["setUp", "Set-up £"],
  ["perReferral", "£ per referral"],
  ["perWeekOnProgramme", "£ a week on the programme"],
  ["perWeekInWorkSupport", "£ a week of in-work support"],
];

/** The providers: the prime and its subcontractors, their performance and their own delivery costs. */
export function ProvidersEditor({
  model,
  onChange,
}: {
  model: ModelDraft;
  onChange: (m: ModelDraft) => void;
}) {
  const set = (i: number, p: PbrProvider) => onChange(withProvider(model, i, p));
  return (
    <fieldset className="sc-fieldset">
      <legend>Providers and costs</legend>
      <p className="muted">
        Performance multiplies every group's chance of a job start for this provider's participants:
        1 is as modelled, 1.1 is 10% better. Costs are the provider's own: set-up in week 0, a cost
        per referral, a weekly cost while a participant is on the programme out of work, and in-work
        support until the job outcome.
      </p>
      <div className="table-scroll">
        <table className="sc-table sc-edit-table">
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Name</th>
              <th scope="col">Tier</th>
              <th scope="col">Performance</th>
              {COSTS.map(([key, label]) => (
                <th scope="col" key={key}>
                  {label}
                </th>
              ))}
              <th scope="col">
                <span className="sc-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {model.providers.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: ids are edited in place; keying by id would remount the row on every keystroke
              <tr key={i}>
                <td>
                  <input
                    aria-label={`Provider ${i + 1} id`}
                    value={p.id}
                    onChange={(e) => set(i, { ...p, id: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Provider ${i + 1} name`}
                    value={p.name}
                    onChange={(e) => set(i, { ...p, name: e.target.value })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`${p.name}: tier`}
                    value={p.tier}
                    onChange={(e) => set(i, { ...p, tier: e.target.value as PbrProvider["tier"] })}
                  >
                    {PBR_TIERS.map((t) => (
                      <option key={t} value={t}>
                        {TIER_LABELS[t]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <NumField
                    label={`${p.name}: performance`}
                    hideLabel
                    value={p.performance}
                    step={0.05}
                    min={0}
                    onChange={(v) => set(i, { ...p, performance: v })}
                  />
                </td>
                {COSTS.map(([key, label]) => (
                  <td key={key}>
                    <NumField
                      label={`${p.name}: ${label}`}
                      hideLabel
                      value={p.costs[key]}
                      step={1}
                      min={0}
                      onChange={(v) => set(i, { ...p, costs: { ...p.costs, [key]: v } })}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onChange(withoutProvider(model, p.id))}
                    disabled={p.tier === "prime"}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button" onClick={() => onChange(withNewProvider(model))}>
        Add a provider
      </button>
    </fieldset>
  );
}
