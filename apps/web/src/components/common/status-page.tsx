import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

interface TStatusPageProps {
  icon: LucideIcon;
  code?: string;
  title: string;
  description: string;
  children?: ReactNode;
}

/** Full-page message for 403, 404 and errors: a heading, one sentence, a way forward. */
export function StatusPage({ icon: Icon, code, title, description, children }: TStatusPageProps) {
  return (
    <section className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <span className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <Icon className="size-6" aria-hidden />
      </span>
      {code ? <p className="font-mono text-sm text-muted-foreground">{code}</p> : null}
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-muted-foreground">{description}</p>
      {children ? <div className="mt-2 flex flex-wrap justify-center gap-2">{children}</div> : null}
    </section>
  );
}
