import type { PortfolioEntry } from "../../../../src/shared/index.ts";
import { FORM_LABELS, FUNCTION_LABELS, ROLE_LABELS } from "../../../../src/shared/index.ts";
import { formatDate, formatShare } from "../../lib/format.ts";
import { labelOf } from "../../lib/options.ts";
import { Link } from "../../router.tsx";
import { StageBadge } from "../StageScale.tsx";

/** The partnerships of a portfolio: form, functions, stage, role, dates and shares. */
export function PortfolioTable(props: { entries: PortfolioEntry[]; workspace: string }) {
  const base = `/w/${encodeURIComponent(props.workspace)}/partnerships/`;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Partnership</th>
            <th scope="col">Form</th>
            <th scope="col">Functions</th>
            <th scope="col">Continuum stage</th>
            <th scope="col">Role</th>
            <th scope="col">Joined</th>
            <th scope="col">Ends</th>
            <th scope="col">Share of turnover</th>
            <th scope="col">Share of staff</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((p) => (
            <tr key={p.id}>
              <td className="wide-text">
                <Link href={base + encodeURIComponent(p.id)}>{p.name}</Link>
              </td>
              <td>{labelOf(FORM_LABELS, p.form)}</td>
              <td>{p.functions.map((f) => labelOf(FUNCTION_LABELS, f)).join(", ") || "—"}</td>
              <td>
                <StageBadge stage={p.stage} />
              </td>
              <td>{labelOf(ROLE_LABELS, p.role)}</td>
              <td className="nowrap">{formatDate(p.joined)}</td>
              <td className="nowrap">
                {formatDate(p.end)}
                {p.renewalDue && <span className="badge">renewal due</span>}
              </td>
              <td className="number">{formatShare(p.shareOfTurnover)}</td>
              <td className="number">{formatShare(p.shareOfStaff)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
