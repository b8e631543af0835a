import { ChevronLeftIcon } from "lucide-react";
import Link from "next/link";

/** The way up to the parent list, above a detail page's title. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link
      href={href}
      className="mb-3 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
    >
      <ChevronLeftIcon className="size-4" aria-hidden />
      {label}
    </Link>
  );
}
