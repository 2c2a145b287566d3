import { type Contract, PAYMENT_MECHANISM_LABELS, ROLE_LABELS } from "../../../src/shared/index.ts";
import { useCan } from "../hooks/useAccess.ts";
import type { NameMap } from "../hooks/useNames.ts";
import { formatDate, formatMoney } from "../lib/format.ts";
import { labelOf } from "../lib/options.ts";
import { Link } from "../router.tsx";
import { EntityLink } from "./EntityLink.tsx";

/** Contracts as a table: title, payment mechanism, value, commissioner, providers, dates (and Edit for editors). */
export function ContractsTable(props: {
  contracts: Contract[];
  workspace: string;
  names: NameMap;
}) {
  const { workspace, names } = props;
  const canEdit = useCan("editor");
  if (props.contracts.length === 0) return <p className="muted">No contracts recorded.</p>;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Payment mechanism</th>
            <th scope="col">Value</th>
            <th scope="col">Commissioner</th>
            <th scope="col">Providers</th>
            <th scope="col">Partnership</th>
            <th scope="col">Start</th>
            <th scope="col">End</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">Edit</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.contracts.map((c) => (
            <tr key={c.id}>
              <td>{c.title}</td>
              <td>{labelOf(PAYMENT_MECHANISM_LABELS, c.paymentMechanism)}</td>
              <td className="number">{formatMoney(c.value, c.currency)}</td>
              <td>
                <EntityLink
                  workspace={workspace}
                  resource="organisations"
                  id={c.commissioner}
                  names={names}
                />
              </td>
              <td>
                {c.providers.length === 0 && <span className="muted">—</span>}
                {c.providers.map((p) => (
                  <div key={`${p.organisation}-${p.role}`}>
                    <EntityLink
                      workspace={workspace}
                      resource="organisations"
                      id={p.organisation}
                      names={names}
                    />{" "}
                    <span className="muted">({labelOf(ROLE_LABELS, p.role)})</span>
                  </div>
                ))}
              </td>
              <td>
                <EntityLink
                  workspace={workspace}
                  resource="partnerships"
                  id={c.partnership}
                  names={names}
                />
              </td>
              <td className="nowrap">{formatDate(c.start)}</td>
              <td className="nowrap">{formatDate(c.end)}</td>
              {canEdit && (
                <td>
                  <Link
                    href={`/w/${encodeURIComponent(workspace)}/contracts/${encodeURIComponent(c.id)}/edit`}
                  >
                    Edit<span className="visually-hidden"> {c.title}</span>
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
