import { type FormEvent, useState } from "react";
import type { CoproductionProposal } from "../../../../src/shared/coproduction.ts";
import { ApiError, apiFetch } from "../../api.ts";
import { ProblemsNotice } from "../value-maps/ProxyLibrary.tsx";

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
function RankRow(props: { row: Row; onChange: (row: Row) => void }) {
  const { row, onChange } = props;
  const rank = (side: "communityRank" | "steeringRank", label: string) => (
    <input
      type="number"
      min={1}
      step={1}
      aria-label={`${label} for ${row.title}`}
      value={row[side]}
      onChange={(e) => onChange({ ...row, [side]: e.target.value })}
    />
  );
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
  const [state, setState] = useState<string | ApiError | null>(null);
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
    const proposals = rows.map((r) => ({
      ...r,
      communityRank: rankOf(r.communityRank),
      steeringRank: rankOf(r.steeringRank),
    }));
    try {
      await apiFetch(`${props.path}/proposals`, { method: "PUT", body: { proposals } });
      setState("Rankings saved.");
      props.onSaved();
    } catch (cause) {
      setState(cause instanceof ApiError ? cause : new ApiError(0, "network", String(cause)));
    }
  };
  return (
    <details>
      <summary>Enter or change the rankings</summary>
      <form onSubmit={onSubmit} aria-label="Rankings of the proposals">
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
        {typeof state === "string" && <p role="status">{state}</p>}
        {state instanceof ApiError && <ProblemsNotice error={state} />}
      </form>
    </details>
  );
}
