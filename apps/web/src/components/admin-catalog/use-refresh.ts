"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";

/** Re-renders the server page after a mutation; `refreshing` stays true until the new data is in. */
export function useRefresh(): [refreshing: boolean, refresh: () => void] {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const refresh = useCallback(() => startTransition(() => router.refresh()), [router]);
  return [refreshing, refresh];
}
