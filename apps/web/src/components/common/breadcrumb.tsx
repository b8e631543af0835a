import { ChevronRightIcon } from "lucide-react";
import Link from "next/link";

/** "Parent › current" above a detail page; the current page is marked for assistive technology. */
export function Breadcrumb({
  label,
  parent,
  current,
}: {
  /** The navigation landmark's name, e.g. "Breadcrumb". */
  label: string;
  parent: { href: string; label: string };
  current: string;
}) {
  return (
    <nav aria-label={label} className="flex items-center gap-1 text-sm text-muted-foreground">
      <Link href={parent.href} className="hover:text-foreground">
        {parent.label}
      </Link>
      <ChevronRightIcon className="size-3.5" aria-hidden />
      <span aria-current="page" className="text-foreground">
        {current}
      </span>
    </nav>
  );
}
