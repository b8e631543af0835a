import type { TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { conflictOn, isUniqueViolation } from "../shared/field-errors.ts";
import { versionSummarySelect } from "./product-select.ts";
import { checkPublishableTemplate } from "./publishable-template.ts";

const LABEL_TAKEN = "this product already has a version with this label";

/** Versions are immutable: a new template is always a new version with a new label. */
export async function addProductVersion(
  db: TDb,
  caller: TCaller,
  input: { productId: string; label: string; releaseNotes: string; source: string },
) {
  const template = await checkPublishableTemplate(input.source);
  try {
    return await db.$transaction(async (tx) => {
      const product = await tx.product.findUnique({ where: { id: input.productId }, select: { id: true } });
      if (!product) throw notFound("Product");
      const taken = await tx.productVersion.findUnique({
        where: { productId_label: { productId: input.productId, label: input.label } },
        select: { id: true },
      });
      if (taken) throw conflictOn("label", LABEL_TAKEN);
      const version = await tx.productVersion.create({
        data: {
          productId: input.productId,
          label: input.label,
          releaseNotes: input.releaseNotes,
          templateSource: template.templateSource,
          templateFormat: template.templateFormat,
          digest: template.digest,
          createdById: caller.id,
        },
        select: versionSummarySelect,
      });
      await recordAuditEvent(tx, {
        actor: actorOf(caller),
        action: "product.add-version",
        objectType: "ProductVersion",
        objectId: version.id,
        data: {
          productId: input.productId,
          label: input.label,
          releaseNotes: input.releaseNotes,
          digest: template.digest,
        },
      });
      return version;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflictOn("label", LABEL_TAKEN);
    throw error;
  }
}
