import type { ReactNode } from "react";

interface TPageHeaderProps {
  title: string;
  /** Lets a page move the keyboard to its heading (it becomes focusable). */
  titleId?: string;
  description?: string;
  actions?: ReactNode;
}

export function PageHeader({ title, titleId, description, actions }: TPageHeaderProps) {
  return (
    <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div className="space-y-1">
        <h1
          id={titleId}
          tabIndex={titleId ? -1 : undefined}
          className="text-2xl font-semibold tracking-tight outline-none"
        >
          {title}
        </h1>
        {description ? <p className="max-w-2xl text-sm text-muted-foreground">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
  );
}
