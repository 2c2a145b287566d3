import type { AuditEntry } from "../../../../src/shared/index.ts";
import { ACTION_WORDS, actorWords, changedWords, collectionWords } from "../../lib/audit-words.ts";
import { formatDateTime } from "../../lib/people-format.ts";

/** Audit entries, newest first: when, who, what they did to which record, and what changed. */
export function AuditTable(props: { items: AuditEntry[]; label: string; showRecord?: boolean }) {
  if (props.items.length === 0) return <p className="muted">Nothing recorded yet.</p>;
  return (
    <div className="table-scroll">
      <table aria-label={props.label}>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            {props.showRecord && <th scope="col">Record</th>}
            <th scope="col">Changed</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">{formatDateTime(e.at)}</td>
              <td>{actorWords(e.actor)}</td>
              <td>
                {ACTION_WORDS[e.action] ?? e.action} {collectionWords(e.collection)}
              </td>
              {props.showRecord && <td className="mono">{e.recordId ?? "—"}</td>}
              <td className="wide-text">
                <ChangeDetails changes={e.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChangeDetails({ changes }: { changes: unknown }) {
  const words = changedWords(changes);
  if (!words) return <>—</>;
  return (
    <details>
      <summary>{words}</summary>
      <pre className="audit-changes">{JSON.stringify(changes, null, 2)}</pre>
    </details>
  );
}
