import { type Contract, PAYMENT_MECHANISM_LABELS } from "../../../src/shared/index.ts";
import { ContractsTable } from "../components/ContractsTable.tsx";
import { ListPage } from "../components/ListPage.tsx";
import { useNames } from "../hooks/useNames.ts";
import { optionsOf } from "../lib/options.ts";

const FILTERS = [
  {
    key: "paymentMechanism",
    label: "Payment mechanism",
    options: optionsOf(PAYMENT_MECHANISM_LABELS),
  },
];

/** The contracts and grants of a workspace, filterable by payment mechanism. */
export function ContractsPage({ workspace }: { workspace: string }) {
  const names = useNames(workspace);
  return (
    <ListPage<Contract>
      workspace={workspace}
      create={{ href: `/w/${encodeURIComponent(workspace)}/contracts/new`, label: "New contract" }}
      resource="contracts"
      defaultSort="title"
      title="Contracts"
      noun={["contract", "contracts"]}
      filters={FILTERS}
      render={(items) => <ContractsTable contracts={items} workspace={workspace} names={names} />}
    />
  );
}
