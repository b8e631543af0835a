import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

interface TPagerProps {
  label: string;
  first?: { href: string; label: string };
  next?: { href: string; label: string };
}

/** Cursor pagination: back to the first page, or on to the next one. */
export function Pager({ label, first, next }: TPagerProps) {
  if (!first && !next) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-end gap-2">
      {first ? (
        <Button asChild variant="outline" size="sm">
          <Link href={first.href}>
            <ChevronLeftIcon aria-hidden />
            {first.label}
          </Link>
        </Button>
      ) : null}
      {next ? (
        <Button asChild variant="outline" size="sm">
          <Link href={next.href}>
            {next.label}
            <ChevronRightIcon aria-hidden />
          </Link>
        </Button>
      ) : null}
    </nav>
  );
}
