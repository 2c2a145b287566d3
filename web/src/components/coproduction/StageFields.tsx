import type { NameMap } from "../../hooks/useNames.ts";
import type { FieldErrors } from "../../lib/validation.ts";
import { TextField } from "../Fields.tsx";
import { OrganisationPicker } from "../OrganisationPicker.tsx";
import { RowList } from "./RowList.tsx";
import type { StageDraft } from "./stage-draft.ts";

interface Props {
  workspace: string;
  prefix: string;
  currency: string;
  names: NameMap;
  draft: StageDraft;
  errors: FieldErrors;
  onChange: (change: Partial<StageDraft>) => void;
}

/** A text field of row i of a list, its error found by the row's path (`$.costs[0].amount`). */
function rowField(p: Props, list: string, i: number, key: string, label: string) {
  const path = `$.${list}[${i}].${key}`;
  return { id: `${p.prefix}-${list}-${i}-${key}`, label, errorPath: path, error: p.errors[path] };
}

/** The people and organisations who took part, each with their role. */
export function StageParticipants(p: Props) {
  const { draft, onChange } = p;
  return (
    <>
      <RowList
        legend="People involved"
        hint="By name or role (e.g. 'Steering group chair'): people are recorded, not their accounts."
        rowName={(n) => `person ${n}`}
        rows={draft.people}
        blank={() => ({ name: "", role: "" })}
        addLabel="Add a person"
        onChange={(people) => onChange({ people })}
      >
        {(person, i, set) => (
          <>
            <TextField
              {...rowField(p, "people", i, "name", `Person ${i + 1}: name`)}
              value={person.name}
              onChange={(name) => set({ ...person, name })}
            />
            <TextField
              {...rowField(p, "people", i, "role", `Person ${i + 1}: role`)}
              value={person.role}
              onChange={(role) => set({ ...person, role })}
            />
          </>
        )}
      </RowList>
      <RowList
        legend="Organisations involved"
        rowName={(n) => `organisation ${n}`}
        rows={draft.organisations}
        blank={() => ({ organisation: "", role: "" })}
        addLabel="Add an organisation"
        onChange={(organisations) => onChange({ organisations })}
      >
        {(org, i, set) => {
          const f = rowField(p, "organisations", i, "organisation", `Organisation ${i + 1}`);
          return (
            <>
              <OrganisationPicker
                id={f.id}
                label={f.label}
                workspace={p.workspace}
                names={p.names}
                value={org.organisation}
                error={f.error}
                errorPath={f.errorPath}
                onChange={(organisation) => set({ ...org, organisation })}
              />
              <TextField
                {...rowField(p, "organisations", i, "role", `Organisation ${i + 1}: role`)}
                value={org.role}
                onChange={(role) => set({ ...org, role })}
              />
            </>
          );
        }}
      </RowList>
    </>
  );
}

/** What the stage cost (each line in the project's currency) and what it produced. */
export function StageCostsAndOutputs(p: Props) {
  const { draft, onChange } = p;
  return (
    <>
      <RowList
        legend={`Costs (${p.currency})`}
        rowName={(n) => `cost ${n}`}
        rows={draft.costs}
        blank={() => ({ description: "", amount: "" })}
        addLabel="Add a cost"
        onChange={(costs) => onChange({ costs })}
      >
        {(cost, i, set) => (
          <>
            <TextField
              {...rowField(p, "costs", i, "description", `Cost ${i + 1}: what it paid for`)}
              value={cost.description}
              onChange={(description) => set({ ...cost, description })}
            />
            <TextField
              {...rowField(p, "costs", i, "amount", `Cost ${i + 1}: amount (${p.currency})`)}
              value={cost.amount}
              onChange={(amount) => set({ ...cost, amount })}
            />
          </>
        )}
      </RowList>
      <RowList
        legend="Outputs"
        hint="What the stage produced: a report, a trained team, an agreed design."
        rowName={(n) => `output ${n}`}
        rows={draft.outputs}
        blank={() => ""}
        addLabel="Add an output"
        onChange={(outputs) => onChange({ outputs })}
      >
        {(output, i, set) => {
          const path = `$.outputs[${i}]`;
          return (
            <TextField
              id={`${p.prefix}-outputs-${i}`}
              label={`Output ${i + 1}`}
              errorPath={path}
              error={p.errors[path]}
              value={output}
              onChange={set}
            />
          );
        }}
      </RowList>
    </>
  );
}
