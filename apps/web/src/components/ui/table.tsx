import type * as React from "react";
import { cn } from "@/lib/utils";

// `plain` tables sit inside a card or section of their own: no frame, quiet headers, no row hover.
// The parts read it from the table (`group-data-plain/table:`), so a caller sets it once.

export function Table({ className, plain, ...props }: React.ComponentProps<"table"> & { plain?: boolean }) {
  return (
    <div
      data-slot="table-container"
      className={cn("relative w-full overflow-x-auto", !plain && "rounded-lg border bg-card")}
    >
      <table
        data-slot="table"
        data-plain={plain ? "" : undefined}
        className={cn("group/table w-full caption-bottom text-sm", className)}
        {...props}
      />
    </div>
  );
}

export function TableHeader({ className, ...props }: React.ComponentProps<"thead">) {
  return (
    <thead
      data-slot="table-header"
      className={cn("bg-muted/50 group-data-plain/table:bg-transparent [&_tr]:border-b", className)}
      {...props}
    />
  );
}

export function TableBody({ className, ...props }: React.ComponentProps<"tbody">) {
  return <tbody data-slot="table-body" className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

export function TableRow({ className, ...props }: React.ComponentProps<"tr">) {
  return (
    <tr
      data-slot="table-row"
      className={cn(
        "border-b transition-colors hover:bg-muted/40 group-data-plain/table:hover:bg-transparent",
        className,
      )}
      {...props}
    />
  );
}

export function TableHead({ className, ...props }: React.ComponentProps<"th">) {
  return (
    <th
      data-slot="table-head"
      scope="col"
      className={cn(
        "h-10 whitespace-nowrap px-3 text-left align-middle text-xs font-medium uppercase tracking-wide text-muted-foreground",
        "group-data-plain/table:h-auto group-data-plain/table:pl-0 group-data-plain/table:whitespace-normal group-data-plain/table:normal-case group-data-plain/table:tracking-normal",
        className,
      )}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: React.ComponentProps<"td">) {
  return (
    <td
      data-slot="table-cell"
      className={cn(
        "px-3 py-2.5 align-middle group-data-plain/table:pl-0 group-data-plain/table:align-top",
        className,
      )}
      {...props}
    />
  );
}

export function TableCaption({ className, ...props }: React.ComponentProps<"caption">) {
  return <caption data-slot="table-caption" className={cn("sr-only", className)} {...props} />;
}
