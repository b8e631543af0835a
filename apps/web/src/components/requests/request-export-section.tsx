import { getTranslations } from "next-intl/server";
import { BUNDLE_NAME } from "@stackvend/api";
import { PageSection } from "@/components/catalog/page-section";
import { ExportPanel } from "@/components/requests/export-panel";
import { api } from "@/trpc/server";

/**
 * The export of an approved request, for its requester, its deciders and
 * admins (the exports procedure decides who). Nothing before approval, and
 * nothing for a request approved before artifacts existed.
 */
export async function RequestExportSection({
  id,
  status,
  className,
}: {
  id: string;
  status: string;
  className?: string;
}) {
  if (status !== "APPROVED" && status !== "FULFILLED") return null;
  const [caller, t] = await Promise.all([api(), getTranslations("requestExport")]);
  const exported = await caller.exports.get({ id }).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === "PRECONDITION_FAILED") return null;
    throw error;
  });
  if (!exported) return null;
  return (
    <PageSection id="export" title={t("title")} description={t("description")} className={className}>
      <ExportPanel
        view={{
          requestId: id,
          keyId: exported.keyId,
          templates: exported.templates,
          fileNames: exported.fileNames,
          bundleName: BUNDLE_NAME,
          capabilities: exported.capabilities,
          capabilityReasons: exported.capabilityReasons,
          kind: exported.kind,
          commands: exported.commands,
          secretParameters: exported.secretParameters,
          keptSecretParameters: exported.keptSecretParameters,
          retained: exported.retained,
        }}
      />
    </PageSection>
  );
}
