/** A column header that sorts the list by `field` (click again to reverse). */
export function SortHeader(props: {
  field: string;
  label: string;
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { field, label, sort } = props;
  const active = sort === field || sort === `-${field}`;
  const descending = sort === `-${field}`;
  const ariaSort = active ? (descending ? "descending" : "ascending") : "none";
  const handleClick = () => props.onSort(active && !descending ? `-${field}` : field);
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={handleClick}>
        {label}
        <span aria-hidden="true">{active ? (descending ? " ▼" : " ▲") : " ↕"}</span>
      </button>
    </th>
  );
}
