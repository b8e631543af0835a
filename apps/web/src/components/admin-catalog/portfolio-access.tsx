"use client";

import { useMutation } from "@tanstack/react-query";
import { UserIcon, UsersIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Input, NativeSelect } from "@/components/ui/input";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { ConfirmAction, Field, FormError, PendingButton } from "./form-bits";
import type { TGroup, TPortfolioDetail } from "./types";
import { useRefresh } from "./use-refresh";

type TGrant = TPortfolioDetail["access"][number];

interface TPortfolioAccessProps {
  portfolioId: string;
  grants: TGrant[];
  groups: TGroup[];
}

/** Who may order from the portfolio: groups, and single users for exceptions. */
export function PortfolioAccess({ portfolioId, grants, groups }: TPortfolioAccessProps) {
  const t = useTranslations("adminPortfolios");
  return (
    <div className="space-y-4">
      {grants.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noGrants")}</p>
      ) : (
        <ul aria-label={t("grantsList")} className="divide-y rounded-lg border">
          {grants.map((grant) => (
            <GrantRow key={grant.id} portfolioId={portfolioId} grant={grant} />
          ))}
        </ul>
      )}
      <GrantForm portfolioId={portfolioId} groups={groups} grants={grants} />
    </div>
  );
}

function GrantRow({ portfolioId, grant }: { portfolioId: string; grant: TGrant }) {
  const t = useTranslations("adminPortfolios");
  const trpc = useTRPC();
  const [refreshing, refresh] = useRefresh();
  const revoke = useMutation(trpc.portfolios.revokeAccess.mutationOptions({ onSuccess: refresh }));
  const name = grant.group ? grant.group.name : (grant.user?.name ?? "");
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 px-3 py-2.5" data-grant={name}>
      <span className="flex items-center gap-2 text-sm">
        {grant.group ? (
          <UsersIcon className="size-4 text-muted-foreground" aria-label={t("group")} />
        ) : (
          <UserIcon className="size-4 text-muted-foreground" aria-label={t("user")} />
        )}
        <span className="font-medium">{name}</span>
        {grant.user ? <span className="text-muted-foreground">{grant.user.email}</span> : null}
      </span>
      <span className="flex items-center gap-2">
        <FormError message={revoke.error?.message} />
        <ConfirmAction
          label={t("revoke")}
          question={t("revokeQuestion", { name })}
          confirmLabel={t("revokeConfirm")}
          pending={revoke.isPending || refreshing}
          onConfirm={() =>
            revoke.mutate(
              grant.group
                ? { portfolioId, groupId: grant.group.id }
                : { portfolioId, userId: grant.user?.id ?? "" },
            )
          }
        />
      </span>
    </li>
  );
}

function GrantForm({
  portfolioId,
  groups,
  grants,
}: {
  portfolioId: string;
  groups: TGroup[];
  grants: TGrant[];
}) {
  const t = useTranslations("adminPortfolios");
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [refreshing, refresh] = useRefresh();
  const [kind, setKind] = useState<"group" | "user">("group");
  const granted = new Set(grants.map((g) => g.group?.id).filter(Boolean));
  const available = groups.filter((g) => !granted.has(g.id));
  const [groupId, setGroupId] = useState("");
  const [email, setEmail] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);
  const [looking, setLooking] = useState(false);
  const grant = useMutation(
    trpc.portfolios.grantAccess.mutationOptions({
      onSuccess: () => {
        setGroupId("");
        setEmail("");
        refresh();
      },
    }),
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLocalError(null);
    if (kind === "group") {
      const chosen = groupId || available[0]?.id;
      if (!chosen) return setLocalError(t("chooseGroup"));
      grant.mutate({ portfolioId, groupId: chosen });
      return;
    }
    const wanted = email.trim().toLowerCase();
    if (!wanted) return setLocalError(t("emailRequired"));
    setLooking(true);
    try {
      const found = await client.admin.listUsers.query({ query: wanted });
      const user = found.items.find((u) => u.email.toLowerCase() === wanted);
      if (!user) return setLocalError(t("noSuchUser", { email: wanted }));
      grant.mutate({ portfolioId, userId: user.id });
    } finally {
      setLooking(false);
    }
  }

  const errors = localError ? [localError] : [];
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-end gap-3 rounded-lg bg-muted/40 p-3"
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("grantTo")}</legend>
        <div className="flex h-9 items-center gap-4 text-sm">
          {(["group", "user"] as const).map((k) => (
            <label key={k} className="flex items-center gap-1.5">
              <input
                type="radio"
                name={`grant-kind-${portfolioId}`}
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
                className="accent-primary"
              />
              {k === "group" ? t("group") : t("user")}
            </label>
          ))}
        </div>
      </fieldset>
      {kind === "group" ? (
        <Field id="grant-group" label={t("groupLabel")} errors={errors} className="min-w-56 flex-1">
          {(control) => (
            <NativeSelect
              {...control}
              value={groupId || available[0]?.id || ""}
              onChange={(e) => setGroupId(e.target.value)}
            >
              {available.length === 0 ? <option value="">{t("allGroupsGranted")}</option> : null}
              {available.map((g) => (
                <option key={g.id} value={g.id}>
                  {t("groupOption", { name: g.name, count: g.memberCount })}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
      ) : (
        <Field id="grant-user" label={t("userEmail")} errors={errors} className="min-w-56 flex-1">
          {(control) => (
            <Input
              {...control}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              placeholder="name@example.com"
            />
          )}
        </Field>
      )}
      <PendingButton
        type="submit"
        pending={grant.isPending || looking || refreshing}
        pendingLabel={t("granting")}
        disabled={kind === "group" && available.length === 0}
      >
        {t("grant")}
      </PendingButton>
      <FormError message={grant.error?.message} />
    </form>
  );
}
