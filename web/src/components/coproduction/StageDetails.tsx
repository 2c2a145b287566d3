import {
  COPRODUCTION_STAGE_LABELS,
  type CoproductionStage,
} from "../../../../src/shared/coproduction.ts";
import type { CoproductionTimeline } from "../../../../src/shared/coproduction-results.ts";
import type { NameMap } from "../../hooks/useNames.ts";
import { formatDate, formatMoney } from "../../lib/format.ts";
import { Link } from "../../router.tsx";
import { EntityLink } from "../EntityLink.tsx";

interface Props {
  workspace: string;
  stages: CoproductionStage[];
  timeline: CoproductionTimeline;
  currency: string;
  names: NameMap;
}

/** A list of strings, or a dash. */
function Items({ items }: { items: string[] }) {
  if (items.length === 0) return <span className="muted">—</span>;
  return (
    <ul>
      {items.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
}

/** One stage: who took part, what it cost, what it produced and its evidence. */
function Stage({
  workspace,
  stage,
  names,
  currency,
}: Omit<Props, "stages" | "timeline"> & { stage: CoproductionStage }) {
  const ws = encodeURIComponent(workspace);
  return (
    <dl className="facts-list">
      <dt>People</dt>
      <dd>
        <Items items={stage.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name))} />
      </dd>
      <dt>Organisations</dt>
      <dd>
        {stage.organisations.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul>
            {stage.organisations.map((o) => (
              <li key={o.organisation}>
                <EntityLink
                  workspace={workspace}
                  resource="organisations"
                  id={o.organisation}
                  names={names}
                />
                {o.role && ` — ${o.role}`}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>Costs</dt>
      <dd>
        <Items
          items={stage.costs.map((c) => `${c.description}: ${formatMoney(c.amount, currency)}`)}
        />
      </dd>
      <dt>Outputs</dt>
      <dd>
        <Items items={stage.outputs} />
      </dd>
      <dt>Evidence</dt>
      <dd>
        {stage.evidence.length + stage.links.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul>
            {stage.evidence.map((id) => (
              <li key={id}>
                <Link href={`/w/${ws}/evidence/${encodeURIComponent(id)}`}>{id}</Link>
              </li>
            ))}
            {stage.links.map((l) => (
              <li key={l.url}>
                <a href={l.url} rel="noreferrer">
                  {l.title}
                </a>
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}

/** Every stage in process order as a table (the timeline's words) with each stage's details. */
export function StageDetails(props: Props) {
  const byStage = new Map(props.stages.map((s) => [s.stage, s]));
  return (
    <section aria-labelledby="stages-heading">
      <h2 id="stages-heading">Stages</h2>
      <section
        className="table-scroll"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: axe requires a scrollable region to take focus
        tabIndex={0}
        aria-label="Stages with their dates, length and cost"
      >
        <table>
          <caption>Stages with their dates, length and cost</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Days</th>
              <th scope="col">Cost</th>
            </tr>
          </thead>
          <tbody>
            {props.timeline.stages.map((s) => (
              <tr key={s.stage}>
                <th scope="row">{COPRODUCTION_STAGE_LABELS[s.stage]}</th>
                <td>{formatDate(s.start)}</td>
                <td>{formatDate(s.end)}</td>
                <td className="number">{s.days ?? "—"}</td>
                <td className="number">{formatMoney(s.cost, props.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {props.timeline.stages.map((s) => (
        <details key={s.stage}>
          <summary>{COPRODUCTION_STAGE_LABELS[s.stage]}: who, costs, outputs and evidence</summary>
          <Stage {...props} stage={byStage.get(s.stage)!} />
        </details>
      ))}
    </section>
  );
}
