import { useEffect, useState } from "react";
import type { Option } from "../lib/options.ts";
import { SelectField } from "./Fields.tsx";

/** One filter select of a list page. */
export interface FilterSpec {
  key: string;
  label: string;
  options: Option[];
}

/** The search box (debounced) and filter selects above a list. */
export function ListFilters(props: {
  searchLabel?: string;
  q?: string;
  onSearch?: (q: string) => void;
  filters: FilterSpec[];
  values: Record<string, string>;
  onFilter: (key: string, value: string) => void;
}) {
  const { q = "", onSearch } = props;
  const [text, setText] = useState(q);

  useEffect(() => {
    if (!onSearch || text === q) return;
    const timer = window.setTimeout(() => onSearch(text), 250);
    return () => window.clearTimeout(timer);
  }, [text, q, onSearch]);

  return (
    <search className="filters">
      {onSearch && (
        <div className="field filter-search">
          <label htmlFor="list-search">{props.searchLabel ?? "Search"}</label>
          <input
            id="list-search"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      )}
      {props.filters.map((filter) => (
        <SelectField
          key={filter.key}
          id={`filter-${filter.key}`}
          label={filter.label}
          value={props.values[filter.key] ?? ""}
          onChange={(value) => props.onFilter(filter.key, value)}
          options={filter.options}
          empty="All"
        />
      ))}
    </search>
  );
}
