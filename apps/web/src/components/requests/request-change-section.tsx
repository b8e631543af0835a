import { getTranslations } from "next-intl/server";
import { PageSection } from "@/components/catalog/page-section";
import { ChangePreview, type TChangeView } from "./change-preview";

/** An update's change preview, or what a termination deletes, as a section of the request and approval pages. */
export async function RequestChangeSection({ change }: { change: TChangeView | null }) {
  if (!change) return null;
  const t = await getTranslations("changePreview");
  const terminate = change.kind === "TERMINATE";
  return (
    <PageSection
      id="change"
      title={terminate ? t("terminateTitle") : t("title")}
      description={terminate ? t("terminateDescription") : t("description")}
    >
      <ChangePreview change={change} />
    </PageSection>
  );
}
