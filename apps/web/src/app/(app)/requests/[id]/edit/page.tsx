import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/common/forbidden";
import { OrderForm } from "@/components/order-form/order-form";
import { OrderHeader } from "@/components/order-form/order-header";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { api } from "@/trpc/server";

type TParams = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("requestDetail"))("edit") };
}

export default async function EditDraftPage({ params }: { params: TParams }) {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) return <Forbidden />;
  const [{ id }, caller, t] = await Promise.all([params, api(), getTranslations("orderForm")]);
  const request = await callForPage(() => caller.requests.get({ id: id.slice(0, 64) }));
  if (!request) return <Forbidden />;
  if (request.status !== "DRAFT") redirect(`/requests/${request.id}`);
  const input = { productSlug: request.product.slug, portfolioId: request.portfolio.id };
  // A draft on a version deprecated since then moves to the latest active version.
  const form = await caller.orders
    .getForm({ ...input, versionId: request.productVersion.id })
    .catch(() => callForPage(() => caller.orders.getForm(input)));
  if (!form) return <Forbidden />;
  return (
    <>
      <OrderHeader form={form} title={t("editTitle", { number: request.number })} />
      <OrderForm
        form={form}
        draft={{ id: request.id, version: request.version }}
        initial={{
          stackName: request.stackName,
          values: request.values,
          tags: request.tags,
          justification: request.justification,
        }}
        backHref={`/requests/${request.id}`}
      />
    </>
  );
}
