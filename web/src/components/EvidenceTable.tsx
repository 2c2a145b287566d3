import {
  EVIDENCE_KIND_LABELS,
  type EvidenceItem,
  THEME_LABELS,
} from "../../../src/shared/index.ts";
import { useCan } from "../hooks/useAccess.ts";
import { useCodebook } from "../hooks/useCodebook.ts";
import type { NameMap } from "../hooks/useNames.ts";
import { formatDate } from "../lib/format.ts";
import { labelOf } from "../lib/options.ts";
import { Link } from "../router.tsx";
import { EntityLink } from "./EntityLink.tsx";

type Supports = {
  appraisal?: string | null;
  assumption?: string | null;
  outcomeFramework?: string | null;
  outcome?: string | null;
};

/** What an item supports, in words: an appraisal's assumption or a framework's outcome. */
function SupportsNote({ item }: { item: Supports }) {
  if (!item.appraisal && !item.outcomeFramework) return null;
  return (
    <p className="muted">
      {item.appraisal &&
        `Supports appraisal ${item.appraisal}${item.assumption ? `, assumption ${item.assumption}` : ""}`}
      {item.appraisal && item.outcomeFramework && "; "}
      {item.outcomeFramework &&
        `Supports outcome framework ${item.outcomeFramework}${item.outcome ? `, outcome ${item.outcome}` : ""}`}
    </p>
  );
}

/** Evidence items as a table: kind, text, source, codes, date and what it is about. */
export function EvidenceTable(props: {
  items: (EvidenceItem & Supports & { codes?: string[] })[];
  workspace: string;
  names: NameMap;
}) {
  const { workspace, names } = props;
  const codebook = useCodebook(workspace);
  const canEdit = useCan("editor");
  const codeNames = new Map<string, string>([
    ...Object.entries(THEME_LABELS),
    ...(codebook.data?.codes ?? []).map((c) => [c.id, c.name] as [string, string]),
  ]);
  if (props.items.length === 0) return <p className="muted">No evidence recorded.</p>;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Evidence</th>
            <th scope="col">Source</th>
            <th scope="col">Codes</th>
            <th scope="col">About</th>
            <th scope="col">Date</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">Edit</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr key={item.id}>
              <td>{labelOf(EVIDENCE_KIND_LABELS, item.kind)}</td>
              <td className="wide-text">{item.kind === "quote" ? `“${item.text}”` : item.text}</td>
              <td>{item.source}</td>
              <td>
                {[...new Set([...(item.codes ?? []), ...item.themes])].map((c) => (
                  <span key={c} className="tag">
                    {codeNames.get(c) ?? c}
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
                <SupportsNote item={item} />
              </td>
              <td className="nowrap">{formatDate(item.date)}</td>
              {canEdit && (
                <td>
                  <Link
                    href={`/w/${encodeURIComponent(workspace)}/evidence/${encodeURIComponent(item.id)}/edit`}
                  >
                    Edit<span className="visually-hidden"> evidence from {item.source}</span>
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
