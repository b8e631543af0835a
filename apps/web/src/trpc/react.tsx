"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@stackvend/api";
import { MAX_BATCH_CALLS } from "@stackvend/api/limits";
import { localizedErrorLink } from "./localized-errors";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // An authorization or validation error will not fix itself on retry.
        retry: (failureCount, error) => {
          const status = (error as { data?: { httpStatus?: number } }).data?.httpStatus;
          return (status === undefined || status >= 500) && failureCount < 2;
        },
      },
    },
  });
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  // A new client only when the reader switches language, so failures are told in the language shown.
  const t = useTranslations("serverErrors");
  const trpcClient = useMemo(
    () =>
      createTRPCClient<AppRouter>({
        links: [
          localizedErrorLink(t),
          httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: MAX_BATCH_CALLS }),
        ],
      }),
    [t],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
