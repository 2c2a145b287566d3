import { useEffect, useState } from "react";
import type { Organisation } from "../../../src/shared/index.ts";
import { apiFetch, type ListResult, queryOf, resourcePath } from "../api.ts";
import type { NameMap } from "../hooks/useNames.ts";

/** Finds an organisation by searching its name; shows the chosen one with a way to change it. */
export function OrganisationPicker(props: {
  id: string;
  label: string;
  workspace: string;
  value: string;
  names: NameMap;
  error?: string;
  onChange: (organisation: string) => void;
}) {
  const { id, value, workspace } = props;
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Organisation[]>([]);
  const [picked, setPicked] = useState<string | null>(null);

  useEffect(() => {
    if (query.trim() === "") return setResults([]);
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      const path =
        resourcePath(workspace, "organisations") + queryOf({ q: query, limit: 8, sort: "name" });
      apiFetch<ListResult<Organisation>>(path, { signal: controller.signal })
        .then((found) => setResults(found.items))
        .catch(() => undefined);
    }, 200);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query, workspace]);

  const handlePick = (org: Organisation) => {
    setPicked(org.name);
    setQuery("");
    setResults([]);
    props.onChange(org.id);
  };

  const error = props.error && (
    <p className="field-error" id={`${id}-error`}>
      {props.label}: {props.error}
    </p>
  );
  if (value)
    return (
      <div className="field picker-chosen">
        <span className="picker-label">{props.label}</span>
        <span className="picker-value">{picked ?? props.names.get(value) ?? value}</span>
        <button type="button" className="link-button" onClick={() => props.onChange("")}>
          Change {props.label.toLowerCase()}
        </button>
        {error}
      </div>
    );
  return (
    <div className={props.error ? "field field-invalid picker" : "field picker"}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="Type part of a name"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(event) => setQuery(event.target.value)}
      />
      {results.length > 0 && (
        <ul className="picker-results" aria-label={`Organisations matching ${query}`}>
          {results.map((org) => (
            <li key={org.id}>
              <button type="button" onClick={() => handlePick(org)}>
                {org.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim() !== "" && results.length === 0 && (
        <p className="field-hint">No organisation found yet.</p>
      )}
      {error}
    </div>
  );
}
