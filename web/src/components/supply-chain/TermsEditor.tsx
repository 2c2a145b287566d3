import type { ModelDraft } from "../../lib/supply-chain-model.ts";
import { DateInput } from "../DateInput.tsx";
import { NumField } from "./NumField.tsx";

/** The prime's subcontract terms and the model's horizon and discount rate, explained in plain words. */
export function TermsEditor({
  model,
  onChange,
}: {
  model: ModelDraft;
  onChange: (m: ModelDraft) => void;
}) {
  const terms = model.terms;
  const setTerms = (changes: Partial<ModelDraft["terms"]>) =>
    onChange({ ...model, terms: { ...terms, ...changes } });
  return (
    <fieldset className="sc-fieldset">
      <legend>Terms</legend>
      <div className="sc-grid">
        <NumField
          label="Prime retention (share)"
          value={terms.primeRetention}
          step={0.01}
          min={0}
          max={1}
          onChange={(v) => setTerms({ primeRetention: v })}
          hint="The part of each job outcome and sustainment payment the prime keeps for a subcontractor's participant (0.2 = 20%); the rest is passed on."
        />
        <NumField
          label="Payment lag (weeks)"
          value={terms.paymentLagWeeks}
          step={1}
          min={0}
          onChange={(v) => setTerms({ paymentLagWeeks: v })}
          hint="Weeks between a payment falling due and the money arriving: the longer, the more working capital each provider needs."
        />
        <label className="sc-field sc-check">
          <input
            type="checkbox"
            checked={terms.attachmentPassThrough}
            onChange={(e) => setTerms({ attachmentPassThrough: e.target.checked })}
          />
          <span>Pass attachment fees on to subcontractors</span>
          <small className="muted">
            If ticked, subcontractors get their share of the fee paid when a participant is
            referred; if not, the prime keeps it.
          </small>
        </label>
        <NumField
          label="Horizon (weeks)"
          value={model.horizonWeeks}
          step={1}
          min={1}
          onChange={(v) => onChange({ ...model, horizonWeeks: v })}
          hint="How long the contract runs in the model; payments due later are left out."
        />
        <NumField
          label="Discount rate (a year)"
          value={model.discount.rate}
          step={0.005}
          onChange={(v) => onChange({ ...model, discount: { rate: v } })}
          hint="Turns future money into today's money for NPV (0.035 = the Green Book's 3.5%)."
        />
        <label className="sc-field">
          <span>Start date</span>
          <DateInput
            value={model.startDate}
            onChange={(value) => onChange({ ...model, startDate: value })}
          />
        </label>
      </div>
    </fieldset>
  );
}
