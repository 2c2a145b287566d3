import type { PortfolioEntry } from "../../../../src/shared/index.ts";
import { FORM_LABELS, FUNCTION_LABELS } from "../../../../src/shared/index.ts";
import { labelOf } from "../../lib/options.ts";
import { Link } from "../../router.tsx";

function Group(props: {
  title: string;
  groups: Partial<Record<string, PortfolioEntry[]>>;
  labels: Record<string, string>;
  workspace: string;
}) {
  const rows = Object.entries(props.groups).sort(
    ([, a], [, b]) => (b?.length ?? 0) - (a?.length ?? 0),
  );
  const base = `/w/${encodeURIComponent(props.workspace)}/partnerships/`;
  return (
    <div className="group-list">
      <h3>{props.title}</h3>
      <ul>
        {rows.map(([key, list]) => (
          <li key={key}>
            <strong>{labelOf(props.labels, key)}</strong>{" "}
            <span className="count-pill">{list?.length ?? 0}</span>
            <ul>
              {(list ?? []).map((p) => (
                <li key={p.id}>
                  <Link href={base + encodeURIComponent(p.id)}>{p.name}</Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The active partnerships grouped by form (with counts) and by function. */
export function PortfolioGroups(props: {
  byForm: Partial<Record<string, PortfolioEntry[]>>;
  byFunction: Partial<Record<string, PortfolioEntry[]>>;
  workspace: string;
}) {
  return (
    <div className="group-lists">
      <Group
        title="By form"
        groups={props.byForm}
        labels={FORM_LABELS}
        workspace={props.workspace}
      />
      <Group
        title="By function"
        groups={props.byFunction}
        labels={FUNCTION_LABELS}
        workspace={props.workspace}
      />
    </div>
  );
}
