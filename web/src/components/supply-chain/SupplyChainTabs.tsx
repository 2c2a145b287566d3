import { supplyChainHref } from "../../lib/supply-chain-api.ts";
import { Link } from "../../router.tsx";

const TABS = [
  { key: "", label: "Money and cash flow" },
  { key: "/performance", label: "Performance" },
  { key: "/attribution", label: "Attribution" },
  { key: "/survey/results", label: "Partner survey" },
];

/** The sections of one supply chain, as links. */
export function SupplyChainTabs({
  workspace,
  id,
  current,
}: {
  workspace: string;
  id: string;
  current: string;
}) {
  return (
    <nav className="sc-tabs" aria-label="Supply chain sections">
      {TABS.map((t) => (
        <Link
          key={t.key}
          href={supplyChainHref(workspace, id, t.key)}
          aria-current={current === t.key ? "page" : undefined}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
