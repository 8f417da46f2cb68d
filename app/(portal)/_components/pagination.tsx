import Link from "next/link";

// Previous / next links for a paginated list (?page=n), with the position spelled out.
export function Pagination({
  basePath,
  page,
  pageCount,
}: {
  basePath: string;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const link = "rounded-full border border-plum px-4 py-2 text-sm font-semibold hover:bg-plum";
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={`${basePath}?page=${page - 1}`} className={link} rel="prev">
          Newer
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-mist">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={`${basePath}?page=${page + 1}`} className={link} rel="next">
          Older
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
