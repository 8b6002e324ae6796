/** The site-wide search box: a plain GET form to /search. */
export function HeaderSearch() {
  return (
    <form role="search" aria-label="Site search" action="/search" method="get" className="no-print flex w-full items-center gap-1.5 lg:w-auto">
      <label htmlFor="site-search-q" className="sr-only">
        Search Parley
      </label>
      <input
        id="site-search-q"
        type="search"
        name="q"
        placeholder="Search positions, sources…"
        maxLength={200}
        className="min-w-0 flex-1 rounded border border-muted bg-surface px-2 py-1 text-[0.95rem] lg:w-56 lg:flex-none"
      />
      <button type="submit" className="rounded border border-ink px-2.5 py-1 text-[0.95rem] font-medium hover:bg-paper">
        Search
      </button>
    </form>
  );
}
