import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth-guard";

/** Everything under this group needs a signed-in user; anonymous visitors go to sign-in and come back. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return children;
}
