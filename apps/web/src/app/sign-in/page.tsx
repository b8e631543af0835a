import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInErrorKey } from "@/components/auth/sign-in-error";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { safeCallbackUrl } from "@/lib/safe-callback-url";
import { firstParam } from "@/lib/search-params";
import { getRuntime } from "@/server/runtime";

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("submit") };
}

export default async function SignInPage({ searchParams }: TProps) {
  const params = await searchParams;
  const t = await getTranslations("signIn");
  const callbackUrl = safeCallbackUrl(firstParam(params.callbackUrl, 2048));
  const { env } = await getRuntime();
  const localSignIn = env.STACKVEND_LOCAL_SIGN_IN;
  return (
    <div className="flex justify-center py-8 sm:py-16">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <h1 className="text-xl font-semibold leading-tight tracking-tight">{t("title")}</h1>
          <CardDescription>{localSignIn ? t("description") : t("descriptionSso")}</CardDescription>
        </CardHeader>
        <CardContent>
          <SignInForm
            callbackUrl={callbackUrl}
            initialError={signInErrorKey(firstParam(params.error, 64))}
            ssoName={env.oidc?.name}
            localSignIn={localSignIn}
          />
        </CardContent>
      </Card>
    </div>
  );
}
