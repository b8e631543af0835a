"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";

type TTokenState = "active" | "revoked" | "expired";

function stateOf(token: { revokedAt: Date | null; expiresAt: Date | null }, now: number): TTokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now) return "expired";
  return "active";
}

const STATE_VARIANT = { active: "success", revoked: "muted", expired: "warning" } as const;

export function TokenList() {
  const t = useTranslations("tokens");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.tokens.list.queryOptions());
  const [confirming, setConfirming] = useState<string | null>(null);
  const revoke = useMutation(
    trpc.tokens.revoke.mutationOptions({
      onSettled: async () => {
        setConfirming(null);
        await queryClient.invalidateQueries({ queryKey: trpc.tokens.list.queryKey() });
      },
    }),
  );

  if (tokens.isPending) {
    return (
      <div className="space-y-2" aria-busy="true">
        <span className="sr-only">{t("listTitle")}</span>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </div>
    );
  }
  if (tokens.isError)
    return (
      <p role="alert" className="text-sm text-destructive">
        {t("loadFailed")}
      </p>
    );
  if (tokens.data.length === 0) return <p className="text-sm text-muted-foreground">{t("empty")}</p>;

  const now = tokens.dataUpdatedAt;
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : t("never"));

  return (
    <>
      {revoke.isError ? (
        <p role="alert" className="mb-3 text-sm text-destructive">
          {t("failed")}
        </p>
      ) : null}
      <Table>
        <TableCaption>{t("caption")}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>{t("name")}</TableHead>
            <TableHead>{t("prefix")}</TableHead>
            <TableHead>{t("scopes")}</TableHead>
            <TableHead>{t("created")}</TableHead>
            <TableHead>{t("lastUsed")}</TableHead>
            <TableHead>{t("expiresAt")}</TableHead>
            <TableHead>{t("status")}</TableHead>
            <TableHead className="text-right">{t("actions")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tokens.data.map((token) => {
            const state = stateOf(token, now);
            return (
              <TableRow key={token.id}>
                <TableCell className="font-medium">{token.name}</TableCell>
                <TableCell className="font-mono text-xs text-muted-foreground">{token.prefix}…</TableCell>
                <TableCell className="font-mono text-xs">{token.scopes.join(", ")}</TableCell>
                <TableCell className="whitespace-nowrap">{date(token.createdAt)}</TableCell>
                <TableCell className="whitespace-nowrap">
                  {date(token.lastUsedAt)}
                  {token.lastUsedAt && token.lastUsedAddress ? (
                    <span className="block font-mono text-xs text-muted-foreground">
                      {t("lastUsedFrom", { address: token.lastUsedAddress })}
                    </span>
                  ) : null}
                </TableCell>
                <TableCell className="whitespace-nowrap">{date(token.expiresAt)}</TableCell>
                <TableCell>
                  <Badge variant={STATE_VARIANT[state]}>{t(state)}</Badge>
                </TableCell>
                <TableCell className="text-right">
                  {state !== "active" ? null : confirming === token.id ? (
                    <span className="inline-flex gap-2">
                      <Button
                        size="sm"
                        variant="destructive"
                        disabled={revoke.isPending}
                        onClick={() => revoke.mutate({ id: token.id })}
                      >
                        {t("confirmRevoke")}
                      </Button>
                      <Button size="sm" variant="ghost" onClick={() => setConfirming(null)}>
                        {t("cancel")}
                      </Button>
                    </span>
                  ) : (
                    <Button
                      size="sm"
                      variant="outline"
                      aria-label={t("revokeNamed", { name: token.name })}
                      onClick={() => setConfirming(token.id)}
                    >
                      {t("revoke")}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}
