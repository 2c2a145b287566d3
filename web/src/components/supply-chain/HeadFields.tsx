import type { Contract, Partnership, Problem } from "../../../../src/shared/index.ts";
import { type ListResult, resourcePath } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { pathInWords } from "../FormErrors.tsx";

/** The fields above the model: id (when new), name, and links to a supply-chain partnership and a contract. */
export interface SupplyChainHead {
  id: string;
  name: string;
  partnership: string;
  contract: string;
}

/** The problems that stopped a save, each named in words. */
export function ModelProblems({
  problems,
  message,
}: {
  problems: Problem[];
  message: string | null;
}) {
  if (!message && problems.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert">
      {message && <p>{message}</p>}
      <ul>
        {problems.map((p) => (
          <li key={p.path + p.message}>
            {pathInWords(p.path)}: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Id, name, partnership (supply chains only) and contract of a supply chain. */
export function HeadFields(props: {
  workspace: string;
  head: SupplyChainHead;
  isNew: boolean;
  onChange: (h: SupplyChainHead) => void;
}) {
  const { head, onChange } = props;
  const chains = useFetch<ListResult<Partnership>>(
    `${resourcePath(props.workspace, "partnerships")}?form=prime_contractor_supply_chain&limit=500`,
  );
  const contracts = useFetch<ListResult<Contract>>(
    `${resourcePath(props.workspace, "contracts")}?limit=500`,
  );
  return (
    <div className="sc-grid">
      {props.isNew && (
        <label className="sc-field">
          <span>Id</span>
          <input
            value={head.id}
            onChange={(e) => onChange({ ...head, id: e.target.value })}
            placeholder="e.g. area-x-2012"
          />
        </label>
      )}
      <label className="sc-field">
        <span>Name</span>
        <input value={head.name} onChange={(e) => onChange({ ...head, name: e.target.value })} />
      </label>
      <label className="sc-field">
        <span>Supply-chain partnership</span>
        <select
          value={head.partnership}
          onChange={(e) => onChange({ ...head, partnership: e.target.value })}
        >
          <option value="">— none —</option>
          {chains.data?.items.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="sc-field">
        <span>Contract</span>
        <select
          value={head.contract}
          onChange={(e) => onChange({ ...head, contract: e.target.value })}
        >
          <option value="">— none —</option>
          {contracts.data?.items.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
