"use client";

import { useMutation } from "@tanstack/react-query";
import { ShieldCheckIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { useTRPC } from "@/trpc/react";
import { ConfirmAction, Field, FormError, PendingButton } from "./form-bits";
import type { TPortfolioDetail } from "./types";
import { useRefresh } from "./use-refresh";

type TPortfolioProduct = TPortfolioDetail["products"][number];

interface TPortfolioProductsProps {
  portfolioId: string;
  products: TPortfolioProduct[];
  /** Every product, for the add picker. */
  allProducts: { id: string; name: string; slug: string }[];
}

export function PortfolioProducts({ portfolioId, products, allProducts }: TPortfolioProductsProps) {
  const t = useTranslations("adminPortfolios");
  const trpc = useTRPC();
  const [refreshing, refresh] = useRefresh();
  const inPortfolio = new Set(products.map((p) => p.id));
  const candidates = allProducts.filter((p) => !inPortfolio.has(p.id));
  const [productId, setProductId] = useState("");
  const add = useMutation(
    trpc.portfolios.addProduct.mutationOptions({
      onSuccess: () => {
        setProductId("");
        refresh();
      },
    }),
  );

  function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = productId || candidates[0]?.id;
    if (chosen) add.mutate({ portfolioId, productId: chosen });
  }

  return (
    <div className="space-y-4">
      {products.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noProducts")}</p>
      ) : (
        <ul aria-label={t("productsList")} className="divide-y rounded-lg border">
          {products.map((product) => (
            <ProductRow key={product.id} portfolioId={portfolioId} product={product} />
          ))}
        </ul>
      )}
      <form onSubmit={onAdd} className="flex flex-wrap items-end gap-3 rounded-lg bg-muted/40 p-3">
        <Field id="add-product" label={t("addProductLabel")} className="min-w-64 flex-1">
          {(control) => (
            <NativeSelect
              {...control}
              value={productId || candidates[0]?.id || ""}
              onChange={(e) => setProductId(e.target.value)}
              disabled={candidates.length === 0}
            >
              {candidates.length === 0 ? <option value="">{t("allProductsAdded")}</option> : null}
              {candidates.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.slug})
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <PendingButton
          type="submit"
          pending={add.isPending || refreshing}
          pendingLabel={t("adding")}
          disabled={candidates.length === 0}
        >
          {t("addProduct")}
        </PendingButton>
        <FormError message={add.error?.message} />
      </form>
    </div>
  );
}

function ProductRow({ portfolioId, product }: { portfolioId: string; product: TPortfolioProduct }) {
  const t = useTranslations("adminPortfolios");
  const trpc = useTRPC();
  const [refreshing, refresh] = useRefresh();
  const remove = useMutation(trpc.portfolios.removeProduct.mutationOptions({ onSuccess: refresh }));
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 px-3 py-2.5" data-product={product.slug}>
      <span className="text-sm">
        <Link href={`/admin/products/${product.id}`} className="font-medium text-primary hover:underline">
          {product.name}
        </Link>
        <span className="ml-2 font-mono text-xs text-muted-foreground">{product.slug}</span>
      </span>
      <span className="flex flex-wrap items-center gap-2">
        <FormError message={remove.error?.message} />
        <Button asChild variant="outline" size="sm">
          <Link href={`/admin/portfolios/${portfolioId}/products/${product.id}/constraints`}>
            <ShieldCheckIcon aria-hidden />
            {t("constraints")}
          </Link>
        </Button>
        <ConfirmAction
          label={t("remove")}
          question={t("removeQuestion", { name: product.name })}
          confirmLabel={t("removeConfirm")}
          pending={remove.isPending || refreshing}
          onConfirm={() => remove.mutate({ portfolioId, productId: product.id })}
        />
      </span>
    </li>
  );
}
