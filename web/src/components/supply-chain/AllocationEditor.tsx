import {
  allocationSums,
  isWhole,
  type ModelDraft,
  shareOf,
  withShare,
} from "../../lib/supply-chain-model.ts";
import { NumField } from "./NumField.tsx";

/** Shares of each group's referrals per provider, with each group's sum and an error when it is not 1. */
export function AllocationEditor({
  model,
  onChange,
}: {
  model: ModelDraft;
  onChange: (m: ModelDraft) => void;
}) {
  const sums = allocationSums(model);
  const wrong = model.groups.filter((g) => !isWhole(sums.get(g.id) ?? 0));
  return (
    <fieldset className="sc-fieldset">
      <legend>Who gets which referrals</legend>
      <p className="muted">
        The share of each group's referrals sent to each provider (0.3 = 30%). Every group's shares
        must add up to 1, so every participant is someone's.
      </p>
      {wrong.length > 0 && (
        <div className="notice notice-error" role="alert">
          The shares of{" "}
          {wrong.map((g) => `${g.name} (${(sums.get(g.id) ?? 0).toFixed(2)})`).join(", ")} do not
          add up to 1.
        </div>
      )}
      <div className="table-scroll">
        <table className="sc-table sc-edit-table">
          <thead>
            <tr>
              <th scope="col">Group</th>
              {model.providers.map((p) => (
                <th scope="col" key={p.id}>
                  {p.name}
                </th>
              ))}
              <th scope="col">Sum</th>
            </tr>
          </thead>
          <tbody>
            {model.groups.map((g) => {
              const sum = sums.get(g.id) ?? 0;
              return (
                <tr key={g.id}>
                  <th scope="row">{g.name}</th>
                  {model.providers.map((p) => (
                    <td key={p.id}>
                      <NumField
                        label={`${g.name}: share to ${p.name}`}
                        hideLabel
                        value={shareOf(model, g.id, p.id)}
                        step={0.05}
                        min={0}
                        max={1}
                        onChange={(v) => onChange(withShare(model, g.id, p.id, v))}
                      />
                    </td>
                  ))}
                  <td className={isWhole(sum) ? "sc-sum" : "sc-sum sc-sum-wrong"}>
                    {Math.round(sum * 1000) / 1000}
                    {!isWhole(sum) && <span className="sc-hidden"> (must be 1)</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
