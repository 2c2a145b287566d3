import { type FormEvent, useState } from "react";
import type { Items } from "../../../../src/shared/api-common.ts";
import type { StoredProxy } from "../../../../src/shared/proxies.ts";
import type { ValueMapOutcome } from "../../../../src/shared/value-map.ts";
import { ApiError, apiFetch } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { ProblemsNotice, proxyMoney } from "./ProxyLibrary.tsx";

/** Copies a proxy from the library into one outcome of a stored value map (value, source, confidence). */
export function ProxyCopy(props: {
  workspace: string;
  id: string;
  currency: string;
  outcomes: ValueMapOutcome[];
  onCopied: () => void;
}) {
  const { data } = useFetch<Items<StoredProxy>>(`/workspaces/${props.workspace}/proxies`);
  const [state, setState] = useState<string | ApiError | null>(null);
  const proxies = (data?.items ?? []).filter((p) => p.currency === props.currency);
  if (proxies.length === 0 || props.outcomes.length === 0) return null;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      await apiFetch(`/workspaces/${props.workspace}/value-maps/${props.id}/proxy-copy`, {
        method: "POST",
        body: { proxy: form.get("proxy"), outcome: form.get("outcome") },
      });
      setState("Copied: the results below use the new proxy.");
      props.onCopied();
    } catch (cause) {
      setState(cause instanceof ApiError ? cause : new ApiError(0, "network", String(cause)));
    }
  };
  return (
    <form onSubmit={onSubmit} aria-label="Copy a proxy into this value map" className="proxy-copy">
      <label>
        Proxy from the library{" "}
        <select name="proxy">
          {proxies.map((p) => (
            <option key={p.id} value={p.id}>
              {`${p.name}: ${proxyMoney(p.value, p.currency)} per ${p.unit} (${p.year})`}
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        into outcome{" "}
        <select name="outcome">
          {props.outcomes.map((o) => (
            <option key={o.id} value={o.id}>
              {`${o.outcome} (now ${proxyMoney(o.proxy.value, props.currency)})`}
            </option>
          ))}
        </select>
      </label>{" "}
      <button type="submit">Copy proxy</button>
      {typeof state === "string" && <p role="status">{state}</p>}
      {state instanceof ApiError && <ProblemsNotice error={state} />}
    </form>
  );
}
