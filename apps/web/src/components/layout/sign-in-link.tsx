"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Button } from "@/components/ui/button";

/** Hidden on the sign-in page itself, where the form is the way in. */
export function SignInLink({ label }: { label: string }) {
  const pathname = usePathname();
  if (pathname === "/sign-in") return null;
  return (
    <Button asChild size="sm">
      <Link href="/sign-in">{label}</Link>
    </Button>
  );
}
