"use client";

import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@stackvend/api";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import {
  Field,
  FieldErrors,
  FormError,
  PendingButton,
  SavedNote,
} from "@/components/admin-catalog/form-bits";
import type { TGroup } from "@/components/admin-catalog/types";
import { useRefresh } from "@/components/admin-catalog/use-refresh";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { fieldErrorsOf } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/react";

export type TDirectoryMapping = inferRouterOutputs<AppRouter>["sso"]["list"]["items"][number];

/** Maps a directory group name to one or more Stackvend groups. */
export function MappingForm({ groups }: { groups: Pick<TGroup, "id" | "name">[] }) {
  const t = useTranslations("adminSso");
  const trpc = useTRPC();
  const [refreshing, refresh] = useRefresh();
  const [directoryGroup, setDirectoryGroup] = useState("");
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const create = useMutation(
    trpc.sso.create.mutationOptions({
      onSuccess: (row) => {
        setSaved(row.directoryGroup);
        setDirectoryGroup("");
        setGroupIds([]);
        refresh();
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    create.mutate({ directoryGroup, groupIds });
  }

  const errors = {
    directoryGroup: fieldErrorsOf(create.error, "directoryGroup"),
    groupIds: fieldErrorsOf(create.error, "groupIds"),
  };
  const general =
    create.error && !Object.values(errors).some((e) => e.length > 0) ? create.error.message : null;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field
        id="sso-directory-group"
        label={t("directoryGroup")}
        hint={t("directoryGroupHint")}
        errors={errors.directoryGroup}
      >
        {(c) => (
          <Input
            {...c}
            value={directoryGroup}
            onChange={(e) => setDirectoryGroup(e.target.value)}
            maxLength={256}
          />
        )}
      </Field>
      <fieldset
        className="space-y-2"
        aria-describedby={errors.groupIds.length ? "sso-groups-errors" : undefined}
      >
        <legend className="text-sm font-medium">{t("groups")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {groups.map((group) => (
            <label key={group.id} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-primary"
                checked={groupIds.includes(group.id)}
                onChange={(e) =>
                  setGroupIds(
                    e.target.checked ? [...groupIds, group.id] : groupIds.filter((id) => id !== group.id),
                  )
                }
              />
              {group.name}
            </label>
          ))}
        </div>
        <FieldErrors id="sso-groups-errors" errors={errors.groupIds} />
      </fieldset>
      <PendingButton type="submit" pending={create.isPending || refreshing} pendingLabel={t("adding")}>
        {t("add")}
      </PendingButton>
      <SavedNote show={saved !== null}>{t("added", { name: saved ?? "" })}</SavedNote>
      <FormError message={general} />
    </form>
  );
}

/** One directory group and the Stackvend groups it grants, each removable. */
export function MappingRow({ mapping }: { mapping: TDirectoryMapping }) {
  const t = useTranslations("adminSso");
  const trpc = useTRPC();
  const [refreshing, refresh] = useRefresh();
  const remove = useMutation(trpc.sso.delete.mutationOptions({ onSuccess: refresh }));
  return (
    <li className="flex flex-wrap items-center gap-3 px-3 py-2" data-directory-group={mapping.directoryGroup}>
      <span className="font-mono text-sm">{mapping.directoryGroup}</span>
      <span aria-hidden>→</span>
      <ul className="flex flex-wrap items-center gap-2">
        {mapping.groups.map((group) => (
          <li key={group.id} className="flex items-center gap-1">
            <Badge variant="muted">{group.name}</Badge>
            <PendingButton
              type="button"
              size="sm"
              variant="ghost"
              pending={remove.isPending || refreshing}
              pendingLabel={t("working")}
              onClick={() => remove.mutate({ directoryGroup: mapping.directoryGroup, groupId: group.id })}
              aria-label={t("removeLabel", { directoryGroup: mapping.directoryGroup, group: group.name })}
            >
              {t("remove")}
            </PendingButton>
          </li>
        ))}
      </ul>
      <FormError message={remove.error?.message} />
    </li>
  );
}
