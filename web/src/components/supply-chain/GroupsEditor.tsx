import type { ModelDraft } from "../../lib/supply-chain-model.ts";
import { withGroup } from "../../lib/supply-chain-model.ts";
import { NumField } from "./NumField.tsx";

type Group = ModelDraft["groups"][number];
type NumberKey = {
  [K in keyof Group]-?: Group[K] extends number | undefined ? K : never;
}[keyof Group];

const COLUMNS: [NumberKey, string, number][] = [
  ["referralsPerWeek", "Referrals a week", 1],
  ["referralWeeks", "Referral weeks", 1],
  ["attachmentFee", "Attachment fee £", 50],
  ["jobOutcomeFee", "Job outcome fee £", 50],
  ["jobOutcomeWeeks", "Outcome after (weeks in work)", 1],
  ["sustainmentFee", "Sustainment £ (each 4 weeks)", 10],
  ["maxSustainmentPayments", "Most sustainment payments", 1],
  ["jobStartProbability", "Chance of a job start", 0.01],
  ["weeklyJobExitProbability", "Weekly chance of leaving work", 0.001],
];

/** The payment groups: who is referred, how often, what each outcome pays; unverified amounts marked. */
export function GroupsEditor({
  model,
  onChange,
}: {
  model: ModelDraft;
  onChange: (m: ModelDraft) => void;
}) {
  return (
    <fieldset className="sc-fieldset">
      <legend>Payment groups</legend>
      <p className="muted">
        Each group is paid an attachment fee when a participant is referred, a job outcome fee once
        they have been in work for the set weeks, then a sustainment payment every further 4 weeks
        in work. The chance of a job start is over the whole eligibility window (two years in the
        Work Programme). Amounts marked <span className="sc-unverified">unverified</span> are
        placeholders: check them against the contract.
      </p>
      <div className="table-scroll">
        <table className="sc-table sc-edit-table">
          <thead>
            <tr>
              <th scope="col">Group</th>
              {COLUMNS.map(([key, label]) => (
                <th scope="col" key={key}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.groups.map((g, i) => (
              <tr key={g.id} className={g.unverified ? "sc-row-unverified" : undefined}>
                <th scope="row">
                  {g.name}
                  {g.unverified && (
                    <span className="sc-unverified" title={g.note}>
                      unverified
                    </span>
                  )}
                </th>
                {COLUMNS.map(([key, label, step]) => (
                  <td key={key}>
                    <NumField
                      label={`${g.name}: ${label}`}
                      hideLabel
                      value={Number(g[key] ?? 0)}
                      step={step}
                      min={0}
                      onChange={(v) => onChange(withGroup(model, i, { ...g, [key]: v }))}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
