import type { Items } from "../../../src/shared/api-common.ts";
import type { SupplyChainSummary } from "../../../src/shared/supply-chain-views.ts";
import { Can } from "../components/Can.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { formatDate } from "../lib/format.ts";
import { supplyChainHref, supplyChainPath } from "../lib/supply-chain-api.ts";
import { Link } from "../router.tsx";
import "../components/supply-chain/supply-chain.css";

/** The workspace's payment-by-results supply-chain models. */
export function SupplyChainsPage({ workspace }: { workspace: string }) {
  const { data, error } = useFetch<Items<SupplyChainSummary>>(supplyChainPath(workspace));
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading what="supply chains" />;
  return (
    <>
      <div className="page-head">
        <h1>Supply chains</h1>
        <div className="actions">
          <Can atLeast="analyst">
            <Link className="button primary" href={supplyChainHref(workspace, "new")}>
              New supply chain
            </Link>
          </Can>
        </div>
      </div>
      <p className="muted">
        Payment-by-results models of prime-contractor supply chains: who is referred, what each
        outcome pays, how money flows down the tiers, and whether the contract pays for each
        provider.
      </p>
      {data.items.length === 0 ? (
        <p>No supply chains yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="sc-table">
            <thead>
              <tr>
                <th scope="col">Supply chain</th>
                <th scope="col">Partnership</th>
                <th scope="col" className="num">
                  Providers
                </th>
                <th scope="col" className="num">
                  Payment groups
                </th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link href={supplyChainHref(workspace, c.id)}>{c.name}</Link>
                  </th>
                  <td>{c.partnership ?? "—"}</td>
                  <td className="num">{c.providers}</td>
                  <td className="num">{c.groups}</td>
                  <td>{formatDate(c.updatedAt.slice(0, 10))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
