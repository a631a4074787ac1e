interface Props {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  /** False when a search with a common word stopped counting once it knew there is more than one page. */
  exact?: boolean;
}

export function Pager({ page, pageSize, total, onPage, exact = true }: Props) {
  if (total === 0) return null;
  const first = page * pageSize + 1;
  const last = Math.min(exact ? total : total - 1, (page + 1) * pageSize);
  const lastPage = Math.max(0, Math.ceil(total / pageSize) - 1);
  return (
    <nav class="pager" aria-label="Pages">
      <span class="num muted" aria-live="polite">
        {first.toLocaleString()}–{last.toLocaleString()} of {exact ? total.toLocaleString() : `${(total - 1).toLocaleString()}+`}
      </span>
      <button type="button" class="btn btn-sm btn-ghost" disabled={page === 0} onClick={() => onPage(page - 1)} aria-label="Previous page">
        ‹ Prev
      </button>
      <button type="button" class="btn btn-sm btn-ghost" disabled={page >= lastPage} onClick={() => onPage(page + 1)} aria-label="Next page">
        Next ›
      </button>
    </nav>
  );
}
