/** Previous / next buttons and 'showing x–y of n' for a paged list. */
export function Pagination(props: {
  total: number;
  limit: number;
  offset: number;
  onOffset: (offset: number) => void;
}) {
  const { total, limit, offset } = props;
  if (total === 0) return null;
  const last = Math.min(offset + limit, total);
  if (offset === 0 && last >= total) return <p className="pagination muted">Showing all {total}</p>;
  return (
    <nav className="pagination" aria-label="Pages">
      <button
        type="button"
        disabled={offset === 0}
        onClick={() => props.onOffset(Math.max(0, offset - limit))}
      >
        Previous
      </button>
      <span>
        Showing {offset + 1}–{last} of {total}
      </span>
      <button type="button" disabled={last >= total} onClick={() => props.onOffset(offset + limit)}>
        Next
      </button>
    </nav>
  );
}
