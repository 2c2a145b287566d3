import { ROLE_LABELS } from "../../../src/shared/index.ts";
import type { NameMap } from "../hooks/useNames.ts";
import { optionsOf } from "../lib/options.ts";
import { EMPTY_MEMBER, type MemberDraft } from "../lib/partnership-form.ts";
import type { FieldErrors } from "../lib/validation.ts";
import { SelectField, TextField } from "./Fields.tsx";
import { OrganisationPicker } from "./OrganisationPicker.tsx";

const SHARES: [keyof MemberDraft, string][] = [
  ["shareOfValue", "Share of value (0–1)"],
  ["shareOfTurnover", "Share of turnover (0–1)"],
  ["shareOfStaff", "Share of staff (0–1)"],
];

/** Adds, edits and removes a partnership's members: organisation, role, dates and shares. */
export function MembersEditor(props: {
  workspace: string;
  members: MemberDraft[];
  names: NameMap;
  errors: FieldErrors;
  onChange: (members: MemberDraft[]) => void;
}) {
  const { members, errors } = props;
  const update = (i: number, key: keyof MemberDraft, value: string) =>
    props.onChange(members.map((m, j) => (j === i ? { ...m, [key]: value } : m)));
  return (
    <fieldset>
      <legend>Members and roles</legend>
      {errors["$.members"] && <p className="field-error">Members: {errors["$.members"]}</p>}
      {members.length === 0 && <p className="muted">No members yet.</p>}
      {members.map((member, i) => {
        const at = (key: string) => errors[`$.members[${i}].${key}`];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
          <fieldset className="member-editor" key={i}>
            <legend>Member {i + 1}</legend>
            {errors[`$.members[${i}]`] && (
              <p className="field-error">
                Member {i + 1}: {errors[`$.members[${i}]`]}
              </p>
            )}
            <OrganisationPicker
              id={`member-${i}-organisation`}
              label={`Organisation of member ${i + 1}`}
              workspace={props.workspace}
              value={member.organisation}
              names={props.names}
              error={at("organisation")}
              errorPath={`$.members[${i}].organisation`}
              onChange={(v) => update(i, "organisation", v)}
            />
            <div className="field-row">
              <SelectField
                id={`member-${i}-role`}
                label={`Role of member ${i + 1}`}
                value={member.role}
                options={optionsOf(ROLE_LABELS)}
                error={at("role")}
                errorPath={`$.members[${i}].role`}
                onChange={(v) => update(i, "role", v)}
              />
              <TextField
                id={`member-${i}-joined`}
                label="Joined"
                type="date"
                value={member.joined}
                error={at("joined")}
                errorPath={`$.members[${i}].joined`}
                onChange={(v) => update(i, "joined", v)}
              />
              <TextField
                id={`member-${i}-left`}
                label="Left"
                type="date"
                value={member.left}
                error={at("left")}
                errorPath={`$.members[${i}].left`}
                onChange={(v) => update(i, "left", v)}
              />
            </div>
            <div className="field-row">
              {SHARES.map(([key, label]) => (
                <TextField
                  key={key}
                  id={`member-${i}-${key}`}
                  label={label}
                  type="number"
                  value={member[key]}
                  error={at(key)}
                  errorPath={`$.members[${i}].${key}`}
                  onChange={(v) => update(i, key, v)}
                />
              ))}
            </div>
            <button
              type="button"
              className="link-button danger-text"
              onClick={() => props.onChange(members.filter((_, j) => j !== i))}
            >
              Remove member {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => props.onChange([...members, EMPTY_MEMBER])}>
        Add a member
      </button>
    </fieldset>
  );
}
