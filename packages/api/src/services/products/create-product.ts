import type { TDb } from "@stackvend/db";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { conflictOn, invalidField, isUniqueViolation } from "../shared/field-errors.ts";
import { adminProductSelect, toAdminProduct } from "./product-select.ts";
import { checkPublishableTemplate } from "./publishable-template.ts";

export interface TProductFields {
  name: string;
  description: string;
  owner: string;
  tags: string[];
  supportUrl?: string | null;
}

export interface TCreateProductInput extends TProductFields {
  slug: string;
  portfolioIds: string[];
  version: { label: string; releaseNotes: string; source: string };
}

const SLUG_TAKEN = "a product with this slug already exists";

/** A product and its first version in one transaction; a template with errors publishes nothing. */
export async function createProduct(db: TDb, caller: TCaller, input: TCreateProductInput) {
  const { version, portfolioIds, ...fields } = input;
  const template = await checkPublishableTemplate(version.source);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.product.findUnique({ where: { slug: fields.slug }, select: { id: true } })) {
        throw conflictOn("slug", SLUG_TAKEN);
      }
      const found = await tx.portfolio.count({ where: { id: { in: portfolioIds } } });
      if (found !== portfolioIds.length) throw invalidField("portfolioIds", "every portfolio must exist");
      const product = await tx.product.create({
        data: {
          ...fields,
          supportUrl: fields.supportUrl ?? null,
          portfolios: { create: portfolioIds.map((portfolioId) => ({ portfolioId })) },
          versions: {
            create: {
              label: version.label,
              releaseNotes: version.releaseNotes,
              templateSource: template.templateSource,
              templateFormat: template.templateFormat,
              digest: template.digest,
              createdById: caller.id,
            },
          },
        },
        select: adminProductSelect,
      });
      await recordAuditEvent(tx, {
        actor: actorOf(caller),
        action: "product.create",
        objectType: "Product",
        objectId: product.id,
        data: {
          ...fields,
          portfolioIds,
          version: { label: version.label, releaseNotes: version.releaseNotes, digest: template.digest },
        },
      });
      return toAdminProduct(product);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflictOn("slug", SLUG_TAKEN);
    throw error;
  }
}
