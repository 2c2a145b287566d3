import {
  STAFF_BARRIER_EXPLANATIONS,
  STAFF_BARRIER_KINDS,
  STAFF_BARRIER_LABELS,
  type StaffBarrierKind,
} from "../../../../src/shared/index.ts";
import type { DraftOption } from "../../lib/appraisal-editor.ts";
import { CheckboxField } from "../Fields.tsx";
import { NumberField } from "./NumberField.tsx";

type Barrier = NonNullable<DraftOption["staffBarriers"]>[number];

function blank(kind: StaffBarrierKind, n: number): Barrier {
  const id = `${kind.replace(/_/g, "-")}-${n}`;
  if (kind === "tupe_transfer") return { kind, id, staff: 0, costPerPerson: 0, year: 0 };
  if (kind === "terms_harmonisation")
    return { kind, id, staff: 0, annualPerPerson: 0, startYear: 1 };
  return { kind, id, amount: 0, year: 1, spreadYears: 1, avoided: false };
}

function Fields(props: {
  at: string;
  id: string;
  b: Barrier;
  errors: Record<string, string>;
  set: (b: Barrier) => void;
}) {
  const { b, id, at, errors, set } = props;
  const num = (key: string, label: string, value: number | undefined, step = 1) => (
    <NumberField
      key={key}
      id={`${id}-${key}`}
      label={label}
      value={value}
      min={0}
      step={step}
      onChange={(v) => set({ ...b, [key]: v } as Barrier)}
      error={errors[`${at}.${key}`]}
      errorPath={`${at}.${key}`}
    />
  );
  if (b.kind === "tupe_transfer")
    return [
      num("staff", "Staff transferring", b.staff),
      num("costPerPerson", "Cost per person", b.costPerPerson, 0.01),
      num("year", "Year", b.year),
    ];
  if (b.kind === "terms_harmonisation")
    return [
      num("staff", "Staff affected", b.staff),
      num("annualPerPerson", "Extra cost per person a year", b.annualPerPerson, 0.01),
      num("startYear", "From year", b.startYear),
      num("endYear", "To year (blank: the horizon)", b.endYear),
    ];
  return [
    num("amount", "Liability (e.g. the actuary's employer debt)", b.amount, 0.01),
    num("year", "Paid from year", b.year),
    num("spreadYears", "Spread over years", b.spreadYears),
    <CheckboxField
      key="avoided"
      id={`${id}-avoided`}
      label="Avoided (the employer stays in the scheme)"
      checked={b.avoided ?? false}
      onChange={(avoided) => set({ ...b, avoided })}
    />,
  ];
}

/** Staff and pension barrier costs of one option (TUPE, harmonising terms, pension liabilities), each explained. */
export function StaffBarriersEditor(props: {
  at: string;
  option: DraftOption;
  errors: Record<string, string>;
  onChange: (option: DraftOption) => void;
}) {
  const { option, at, errors } = props;
  const id = at.replace(/[^a-z0-9]+/gi, "-");
  const list = option.staffBarriers ?? [];
  const setList = (next: Barrier[]) =>
    props.onChange({ ...option, staffBarriers: next.length ? next : undefined });
  return (
    <div className="staff-barriers">
      {STAFF_BARRIER_KINDS.map((kind) => {
        const mine = list.flatMap((b, i) => (b.kind === kind ? [i] : []));
        return (
          <div key={kind}>
            <CheckboxField
              id={`${id}-${kind}-on`}
              label={STAFF_BARRIER_LABELS[kind]}
              checked={mine.length > 0}
              onChange={(on) =>
                setList(
                  on
                    ? [...list, blank(kind, list.length + 1)]
                    : list.filter((b) => b.kind !== kind),
                )
              }
            />
            <p className="explain">{STAFF_BARRIER_EXPLANATIONS[kind]}</p>
            {mine.map((i) => (
              <div className="field-row" key={list[i]!.id}>
                <Fields
                  at={`${at}.staffBarriers.${i}`}
                  id={`${id}-staff-${i}`}
                  b={list[i]!}
                  errors={errors}
                  set={(b) => setList(list.map((x, j) => (j === i ? b : x)))}
                />
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}
