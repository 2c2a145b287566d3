import { VAT_REGIME_LABELS } from "../../../../src/shared/index.ts";
import type { DraftOption } from "../../lib/appraisal-editor.ts";
import { optionsOf } from "../../lib/options.ts";
import { CheckboxField, SelectField } from "../Fields.tsx";
import { NumberField } from "./NumberField.tsx";
import { StaffBarriersEditor } from "./StaffBarriersEditor.tsx";

/** VAT, loan re-pricing and staff and pension barriers for one option, each explained in plain words beside its inputs. */
export function BarrierCostsEditor(props: {
  at: string;
  option: DraftOption;
  errors: Record<string, string>;
  onChange: (option: DraftOption) => void;
}) {
  const { option, at, errors } = props;
  const id = at.replace(/[^a-z0-9]+/gi, "-");
  const vat = option.vat;
  const loan = option.loanRepricing;
  const setVat = (v: DraftOption["vat"]) => props.onChange({ ...option, vat: v });
  const setLoan = (l: DraftOption["loanRepricing"]) =>
    props.onChange({ ...option, loanRepricing: l });
  return (
    <div className="barrier-costs">
      <h5>Barrier costs</h5>
      <CheckboxField
        id={`${id}-vat-on`}
        label="Services are charged between the partners (VAT may apply)"
        checked={vat !== undefined}
        onChange={(on) =>
          setVat(on ? { regime: "separate", chargedServicesPerYear: 0 } : undefined)
        }
      />
      <p className="explain">
        Services one organisation sells to another bear VAT. Charities and housing associations
        mostly cannot reclaim it, so it is a real cost: 17.5%, 15% from 1 December 2008 to 31
        December 2009, 17.5% again from 1 January 2010 and 20% from 4 January 2011; a year that
        spans a change is charged the mean rate of its days. In a VAT group (a group structure or
        merger) there is no charge. From 17 July 2012 the cost sharing exemption removes it, day by
        day, for a shared-services company whose members' activities are exempt and who repay
        exactly their share of cost.
      </p>
      {vat && (
        <div className="field-row">
          <SelectField
            id={`${id}-vat-regime`}
            label="VAT regime"
            value={vat.regime}
            options={optionsOf(VAT_REGIME_LABELS)}
            onChange={(r) => setVat({ ...vat, regime: r as typeof vat.regime })}
          />
          <NumberField
            id={`${id}-vat-amount`}
            label="Services charged a year (before VAT)"
            value={vat.chargedServicesPerYear}
            min={0}
            onChange={(v) => setVat({ ...vat, chargedServicesPerYear: v as number })}
            error={errors[`${at}.vat.chargedServicesPerYear`]}
            errorPath={`${at}.vat.chargedServicesPerYear`}
          />
        </div>
      )}
      <CheckboxField
        id={`${id}-loan-on`}
        label="Lenders may re-price loans (a 'material event')"
        checked={loan !== undefined}
        onChange={(on) =>
          setLoan(on ? { debt: 0, rateIncrease: 0, fromYear: 1, avoided: false } : undefined)
        }
      />
      <p className="explain">
        A merger or restructure can let lenders re-price the whole loan book: extra interest each
        year = debt × the rise in rate (for example £600m × 0.5 points = £3m a year). Keeping loans
        and security in the existing subsidiaries can avoid it; tick 'avoided' if that is the plan.
      </p>
      {loan && (
        <div className="field-row">
          <NumberField
            id={`${id}-loan-debt`}
            label="Debt affected"
            value={loan.debt}
            min={0}
            onChange={(v) => setLoan({ ...loan, debt: v as number })}
            error={errors[`${at}.loanRepricing.debt`]}
            errorPath={`${at}.loanRepricing.debt`}
          />
          <NumberField
            id={`${id}-loan-rate`}
            label="Rise in rate (0.005 = 0.5 points)"
            value={loan.rateIncrease}
            step={0.001}
            min={0}
            onChange={(v) => setLoan({ ...loan, rateIncrease: v as number })}
            error={errors[`${at}.loanRepricing.rateIncrease`]}
            errorPath={`${at}.loanRepricing.rateIncrease`}
          />
          <NumberField
            id={`${id}-loan-from`}
            label="From year"
            value={loan.fromYear}
            step={1}
            min={0}
            onChange={(v) => setLoan({ ...loan, fromYear: v as number })}
            error={errors[`${at}.loanRepricing.fromYear`]}
            errorPath={`${at}.loanRepricing.fromYear`}
          />
          <CheckboxField
            id={`${id}-loan-avoided`}
            label="Avoided (loans kept where they are)"
            checked={loan.avoided ?? false}
            onChange={(avoided) => setLoan({ ...loan, avoided })}
          />
        </div>
      )}
      <StaffBarriersEditor at={at} option={option} errors={errors} onChange={props.onChange} />
    </div>
  );
}
