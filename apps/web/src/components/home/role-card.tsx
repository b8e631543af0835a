import { ArrowRightIcon, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";

interface TRoleCardProps {
  icon: LucideIcon;
  title: string;
  description: string;
  statsLabel: string;
  stats?: { label: string; value: number; href?: string }[];
  links: { label: string; href: string }[];
}

/** One thing the user can do, with live counts and where to go next. */
export function RoleCard({ icon: Icon, title, description, statsLabel, stats, links }: TRoleCardProps) {
  return (
    <Card>
      <CardHeader>
        <span className="mb-2 flex size-10 items-center justify-center rounded-lg bg-primary/10 text-primary">
          <Icon className="size-5" aria-hidden />
        </span>
        <CardTitle asChild className="text-lg">
          <h2>{title}</h2>
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      {stats ? (
        <CardContent>
          <dl aria-label={statsLabel} className="grid grid-cols-2 gap-3">
            {stats.map((stat) => (
              <div key={stat.label} className="rounded-lg bg-muted/60 px-3 py-2.5">
                <dt className="text-xs text-muted-foreground">{stat.label}</dt>
                <dd className="text-2xl font-semibold tabular-nums">
                  {stat.href ? (
                    <Link
                      href={stat.href}
                      aria-label={`${stat.label}: ${stat.value}`}
                      className="rounded-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
                    >
                      {stat.value}
                    </Link>
                  ) : (
                    stat.value
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </CardContent>
      ) : null}
      <CardFooter className="flex-wrap gap-2">
        {links.map((link, index) => (
          <Button key={link.href} asChild variant={index === 0 ? "default" : "outline"} size="sm">
            <Link href={link.href}>
              {link.label}
              {index === 0 ? <ArrowRightIcon aria-hidden /> : null}
            </Link>
          </Button>
        ))}
      </CardFooter>
    </Card>
  );
}
