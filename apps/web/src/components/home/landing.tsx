import { CheckCircle2Icon, FileDownIcon, LayoutGridIcon, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

const FEATURES: { key: "catalog" | "approvals" | "export"; icon: LucideIcon }[] = [
  { key: "catalog", icon: LayoutGridIcon },
  { key: "approvals", icon: CheckCircle2Icon },
  { key: "export", icon: FileDownIcon },
];

export async function Landing() {
  const t = await getTranslations("home.landing");
  return (
    <div className="space-y-14 py-6 sm:py-12">
      <section className="max-w-3xl space-y-5">
        <p className="text-sm font-medium text-primary">{t("eyebrow")}</p>
        <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-5xl">{t("title")}</h1>
        <p className="text-lg text-muted-foreground text-pretty">{t("lead")}</p>
        <Button asChild size="lg">
          <Link href="/sign-in">{t("signIn")}</Link>
        </Button>
      </section>
      <section aria-label={t("featuresLabel")}>
        <ul className="grid gap-4 md:grid-cols-3">
          {FEATURES.map(({ key, icon: Icon }) => (
            <li key={key} className="rounded-xl border bg-card p-6 shadow-sm">
              <span className="mb-4 flex size-10 items-center justify-center rounded-lg bg-primary/10 text-primary">
                <Icon className="size-5" aria-hidden />
              </span>
              <h2 className="font-semibold">{t(`${key}Title`)}</h2>
              <p className="mt-2 text-sm text-muted-foreground">{t(`${key}Body`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
