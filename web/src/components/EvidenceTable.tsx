import {
  EVIDENCE_KIND_LABELS,
  type EvidenceItem,
  THEME_LABELS,
} from "../../../src/shared/index.ts";
import type { NameMap } from "../hooks/useNames.ts";
import { formatDate } from "../lib/format.ts";
import { labelOf } from "../lib/options.ts";
import { EntityLink } from "./EntityLink.tsx";

/** Evidence items as a table: kind, text, source, themes, date and what it is about. */
export function EvidenceTable(props: { items: EvidenceItem[]; workspace: string; names: NameMap }) {
  const { workspace, names } = props;
  if (props.items.length === 0) return <p className="muted">No evidence recorded.</p>;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Evidence</th>
            <th scope="col">Source</th>
            <th scope="col">Themes</th>
            <th scope="col">About</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr key={item.id}>
              <td>{labelOf(EVIDENCE_KIND_LABELS, item.kind)}</td>
              <td className="wide-text">{item.kind === "quote" ? `“${item.text}”` : item.text}</td>
              <td>{item.source}</td>
              <td>
                {item.themes.map((t) => (
                  <span key={t} className="tag">
                    {labelOf(THEME_LABELS, t)}
                  </span>
                ))}
              </td>
              <td>
                {item.partnership && (
                  <EntityLink
                    workspace={workspace}
                    resource="partnerships"
                    id={item.partnership}
                    names={names}
                  />
                )}
                {item.partnership && item.organisation && <br />}
                {item.organisation && (
                  <EntityLink
                    workspace={workspace}
                    resource="organisations"
                    id={item.organisation}
                    names={names}
                  />
                )}
                {!item.partnership && !item.organisation && <span className="muted">—</span>}
              </td>
              <td className="nowrap">{formatDate(item.date)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
