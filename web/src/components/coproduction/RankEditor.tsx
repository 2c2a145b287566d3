import { type FormEvent, useMemo, useState } from "react";
import { z } from "zod";
import {
  type CoproductionProposal,
  coproductionProposalSchema,
} from "../../../../src/shared/coproduction.ts";
import { apiFetch } from "../../api.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { type FieldErrors, validateWith } from "../../lib/validation.ts";
import { FormErrors } from "../FormErrors.tsx";

type Row = Pick<CoproductionProposal, "id" | "title" | "description"> & {
  communityRank: string;
  steeringRank: string;
};

const rowOf = (p: CoproductionProposal): Row => ({
  ...p,
  communityRank: p.communityRank?.toString() ?? "",
  steeringRank: p.steeringRank?.toString() ?? "",
});
const rankOf = (text: string) => (text.trim() === "" ? null : Number(text));
/** The proposals as `PUT …/proposals` takes them, checked here first with the server's schema. */
const proposalsSchema = z.object({ proposals: z.array(coproductionProposalSchema) });
/** A new proposal's id from its title: lower-case words joined by dashes, made unique. */
const idOf = (title: string, taken: Set<string>) => {
  const base =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "proposal";
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
};

/** One proposal's row: its title and the rank each side gave it (blank for not ranked). */
function RankRow(props: {
  row: Row;
  index: number;
  errors: FieldErrors;
  onChange: (row: Row) => void;
}) {
  const { row, onChange } = props;
  const rank = (side: "communityRank" | "steeringRank", label: string) => {
    const path = `$.proposals[${props.index}].${side}`;
    const error = props.errors[path];
    const id = `rank-${props.index}-${side}`;
    return (
      <>
        <input
          id={id}
          data-error-path={path}
          type="number"
          min={1}
          step={1}
          aria-label={`${label} for ${row.title}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          value={row[side]}
          onChange={(e) => onChange({ ...row, [side]: e.target.value })}
        />
        {error && (
          <p className="field-error" id={`${id}-error`}>
            {label}: {error}
          </p>
        )}
      </>
    );
  };
  return (
    <tr>
      <th scope="row">{row.title}</th>
      <td>{rank("communityRank", "Community's rank")}</td>
      <td>{rank("steeringRank", "Steering group's rank")}</td>
    </tr>
  );
}

/** Lets an editor enter both sides' rankings and add proposals; saved whole, all or nothing. */
export function RankEditor(props: {
  path: string;
  proposals: CoproductionProposal[];
  onSaved: () => void;
}) {
  const [rows, setRows] = useState<Row[]>(props.proposals.map(rowOf));
  const [title, setTitle] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const [local, setLocal] = useState<FieldErrors>({});
  const submit = useSubmit();
  // One object per failed check, so the summary takes focus once per submit.
  const errors = useMemo(() => ({ ...submit.errors, ...local }), [submit.errors, local]);
  const add = () => {
    if (!title.trim()) return;
    const id = idOf(title, new Set(rows.map((r) => r.id)));
    setRows([
      ...rows,
      { id, title: title.trim(), description: "", communityRank: "", steeringRank: "" },
    ]);
    setTitle("");
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const proposals = rows.map((r) => ({
      ...r,
      communityRank: rankOf(r.communityRank),
      steeringRank: rankOf(r.steeringRank),
    }));
    const checked = validateWith(proposalsSchema, { proposals });
    if (!checked.ok) return setLocal(checked.errors);
    setLocal({});
    const done = await submit.run(() =>
      apiFetch(`${props.path}/proposals`, { method: "PUT", body: checked.value }),
    );
    if (done === null) return;
    setSaved("Rankings saved.");
    props.onSaved();
  };
  const hasLocal = Object.keys(local).length > 0;
  return (
    <details>
      <summary>Enter or change the rankings</summary>
      <form onSubmit={onSubmit} noValidate aria-label="Rankings of the proposals">
        <FormErrors
          errors={errors}
          message={hasLocal ? "The rankings were not saved." : submit.message}
        />
        <section
          className="table-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: axe requires a scrollable region to take focus
          tabIndex={0}
          aria-label="Ranks to enter"
        >
          <table>
            <caption>
              1 is each side's first choice; equal numbers are ties; leave blank if not ranked
            </caption>
            <thead>
              <tr>
                <th scope="col">Proposal</th>
                <th scope="col">Community's rank</th>
                <th scope="col">Steering group's rank</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <RankRow
                  key={row.id}
                  row={row}
                  index={i}
                  errors={errors}
                  onChange={(r) => setRows(rows.map((x, j) => (j === i ? r : x)))}
                />
              ))}
            </tbody>
          </table>
        </section>
        <label>
          New proposal <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>{" "}
        <button type="button" onClick={add}>
          Add proposal
        </button>{" "}
        <button type="submit">Save rankings</button>
        {saved && <p role="status">{saved}</p>}
      </form>
    </details>
  );
}
