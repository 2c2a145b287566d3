import { type Contract, PAYMENT_MECHANISM_LABELS } from "../../../src/shared/index.ts";
import { ContractsTable } from "../components/ContractsTable.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { ListFilters } from "../components/ListFilters.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { useList } from "../hooks/useList.ts";
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
  const list = useList<Contract>(workspace, "contracts", ["paymentMechanism"], "title");
  const names = useNames(workspace);
  return (
    <>
      <h1>Contracts</h1>
      <ListFilters
        searchLabel="Search contracts"
        q={list.q}
        onSearch={list.setSearch}
        filters={FILTERS}
        values={list.filters}
        onFilter={list.setFilter}
      />
      {list.error && <ErrorNotice error={list.error} />}
      {list.loading && !list.data && <Loading what="contracts" />}
      {list.data && (
        <>
          <p className="result-count">
            {list.data.total === 1 ? "1 contract" : `${list.data.total} contracts`}
          </p>
          <ContractsTable contracts={list.data.items} workspace={workspace} names={names} />
          <Pagination
            total={list.data.total}
            limit={list.data.limit}
            offset={list.data.offset}
            onOffset={list.setOffset}
          />
        </>
      )}
    </>
  );
}
