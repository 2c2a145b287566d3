import { type KeyboardEvent, useEffect, useState } from "react";
import type { Organisation } from "../../../src/shared/index.ts";
import { apiFetch, type ListResult, queryOf, resourcePath } from "../api.ts";
import type { NameMap } from "../hooks/useNames.ts";

/**
 * Finds an organisation by searching its name (a combobox: the arrow keys move through the
 * matches, Enter picks, Escape closes); shows the chosen one with a way to change it.
 */
export function OrganisationPicker(props: {
  id: string;
  label: string;
  workspace: string;
  value: string;
  names: NameMap;
  error?: string;
  /** The path its errors are reported at, so the error summary can link here. */
  errorPath?: string;
  onChange: (organisation: string) => void;
}) {
  const { id, value, workspace } = props;
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Organisation[]>([]);
  const [picked, setPicked] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const listId = `${id}-matches`;

  useEffect(() => {
    if (query.trim() === "") return setResults([]);
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      const path =
        resourcePath(workspace, "organisations") + queryOf({ q: query, limit: 8, sort: "name" });
      apiFetch<ListResult<Organisation>>(path, { signal: controller.signal })
        .then((found) => {
          setResults(found.items);
          setActive(-1);
        })
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
    setActive(-1);
    props.onChange(org.id);
  };

  const handleKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = results.length - 1;
    if (event.key === "ArrowDown" && last >= 0) setActive(active >= last ? 0 : active + 1);
    else if (event.key === "ArrowUp" && last >= 0) setActive(active <= 0 ? last : active - 1);
    else if (event.key === "Enter" && results[active]) handlePick(results[active]);
    else if (event.key === "Escape" && results.length > 0) {
      setResults([]);
      setActive(-1);
    } else return;
    event.preventDefault();
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
        data-error-path={props.errorPath}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-activedescendant={results[active] ? `${listId}-${active}` : undefined}
        value={query}
        placeholder="Type part of a name"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={handleKey}
      />
      <div
        id={listId}
        role="listbox"
        className="picker-results"
        aria-label={`Organisations matching ${query}`}
        hidden={results.length === 0}
      >
        {results.map((org, i) => (
          <div
            key={org.id}
            id={`${listId}-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className={i === active ? "picker-option picker-option-active" : "picker-option"}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => handlePick(org)}
            onKeyDown={(event) => {
              if (event.key === "Enter") handlePick(org);
            }}
          >
            {org.name}
          </div>
        ))}
      </div>
      {query.trim() !== "" && results.length === 0 && (
        <p className="field-hint">No organisation found yet.</p>
      )}
      {error}
    </div>
  );
}
