import { changePreview, type TChangePreview, type TTemplate } from "@stackvend/cfn";
import type { TDb } from "@stackvend/db";
import { storedTemplate } from "../shared/template-engine.ts";
import { deployedTemplate } from "./change-base.ts";

type TReader = Pick<TDb, "request" | "artifact" | "provisionedProduct">;

export interface TRequestChange {
  kind: "UPDATE" | "TERMINATE";
  /** The request whose approved bytes are deployed now, compared against. */
  deployedFrom: number | null;
  preview: TChangePreview;
}

/** What a termination leaves: no resources. */
const NOTHING: TTemplate = { format: "yaml", body: { Resources: {} }, positionOf: () => undefined };

/**
 * What an UPDATE or TERMINATE request changes in what is deployed: the
 * engine's change preview from the template deployed now (and its values) to
 * the request's rendered template and values, or to nothing for a
 * termination. Null for a PROVISION request, or when nothing was deployed yet
 * to compare with.
 */
export async function requestChange(
  db: TReader,
  request: {
    kind: "PROVISION" | "UPDATE" | "TERMINATE";
    provisionedProductId: string | null;
    values: Record<string, string | string[]>;
    secretParameters: readonly string[];
  },
  rendered: string | null,
): Promise<TRequestChange | null> {
  if (request.kind === "PROVISION" || !request.provisionedProductId) return null;
  const [deployed, product] = await Promise.all([
    deployedTemplate(db, request.provisionedProductId),
    db.provisionedProduct.findUnique({
      where: { id: request.provisionedProductId },
      select: { parameters: true },
    }),
  ]);
  if (!deployed || !product) return null;
  if (request.kind === "UPDATE" && rendered === null) return null;
  // Both are the engine's own renders, so they parse; large ones on a worker thread.
  const [before, after] = await Promise.all([
    storedTemplate(deployed.content),
    request.kind === "UPDATE" && rendered !== null ? storedTemplate(rendered) : NOTHING,
  ]);
  const oldValues = product.parameters as Record<string, string | string[]>;
  return {
    kind: request.kind,
    deployedFrom: deployed.requestNumber,
    preview: changePreview(before, after, oldValues, request.kind === "UPDATE" ? request.values : {}, {
      secretNames: request.secretParameters,
    }),
  };
}
