"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { fieldErrorRecord } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/react";
import type { TConstraintKind } from "./types";
import { useRefresh } from "./use-refresh";

/** Setting and removing one kind of constraint on a portfolio × product pair. */
export function useConstraint(
  pair: { portfolioId: string; productId: string },
  kind: TConstraintKind,
  id?: string,
) {
  const trpc = useTRPC();
  const [refreshing, refresh] = useRefresh();
  const [saved, setSaved] = useState<"saved" | "removed" | null>(null);
  const set = useMutation(
    trpc.constraints.set.mutationOptions({
      onSuccess: () => {
        setSaved("saved");
        refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.constraints.remove.mutationOptions({
      onSuccess: () => {
        setSaved("removed");
        refresh();
      },
    }),
  );
  const error = set.error ?? remove.error;
  const fieldErrors = fieldErrorRecord(error);
  return {
    save(definition: Record<string, unknown>) {
      setSaved(null);
      set.mutate({ ...pair, kind, definition });
    },
    remove() {
      setSaved(null);
      if (id) remove.mutate({ id });
    },
    pending: set.isPending || remove.isPending || refreshing,
    saved,
    fieldErrors,
    /** Messages under keys starting with `prefix` (e.g. "definition.keys"), for one field. */
    errorsUnder(prefix: string): string[] {
      return Object.entries(fieldErrors)
        .filter(([key]) => key === prefix || key.startsWith(`${prefix}.`))
        .flatMap(([, messages]) => messages ?? []);
    },
    /** A failure no field claims. */
    general: error && Object.keys(fieldErrors).length === 0 ? error.message : null,
  };
}

export type TConstraintState = ReturnType<typeof useConstraint>;
