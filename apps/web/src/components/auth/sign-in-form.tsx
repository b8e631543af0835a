"use client";

import { AlertCircleIcon, KeyRoundIcon, Loader2Icon } from "lucide-react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { safeCallbackUrl } from "@/lib/safe-callback-url";
import { signInErrorKey, type TSignInErrorKey } from "./sign-in-error";

interface TSignInFormProps {
  callbackUrl: string;
  initialError: TSignInErrorKey | null;
  /** The single sign-on button's label, when a provider is configured. */
  ssoName?: string;
  /** Whether the email and password form is shown. */
  localSignIn?: boolean;
}

export function SignInForm({ callbackUrl, initialError, ssoName, localSignIn = true }: TSignInFormProps) {
  const t = useTranslations("signIn");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<TSignInErrorKey | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { redirect: false, email, password, callbackUrl });
      if (result?.ok && !result.error) {
        // A full load, so every server component sees the new session cookie.
        window.location.assign(safeCallbackUrl(callbackUrl));
        return;
      }
      setError(signInErrorKey(result?.error) ?? "default");
    } catch {
      setError("default");
    }
    setPassword("");
    setPending(false);
  }

  function onSso() {
    setPending(true);
    setError(null);
    void signIn("oidc", { callbackUrl: safeCallbackUrl(callbackUrl) }).catch(() => {
      setError("OAuthSignin");
      setPending(false);
    });
  }

  const alert = error ? (
    <Alert variant="destructive" id="sign-in-error">
      <AlertCircleIcon aria-hidden />
      <AlertDescription>{t(`errors.${error}`)}</AlertDescription>
    </Alert>
  ) : null;
  const sso = ssoName ? (
    <Button
      type="button"
      variant={localSignIn ? "outline" : "default"}
      className="w-full"
      disabled={pending}
      onClick={onSso}
    >
      <KeyRoundIcon aria-hidden />
      {t("ssoButton", { name: ssoName })}
    </Button>
  ) : null;
  if (!localSignIn) {
    return (
      <div className="space-y-4">
        {alert}
        {sso}
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {alert}
      <div className="space-y-2">
        <Label htmlFor="email">{t("email")}</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={error === "CredentialsSignin" || undefined}
          aria-describedby={error ? "sign-in-error" : undefined}
        />
      </div>
      <div className="space-y-2">
        <Label htmlFor="password">{t("password")}</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={error === "CredentialsSignin" || undefined}
          aria-describedby={error ? "sign-in-error" : undefined}
        />
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? <Loader2Icon className="animate-spin" aria-hidden /> : null}
        {pending ? t("submitting") : t("submit")}
      </Button>
      {sso ? (
        <>
          <p className="text-center text-xs text-muted-foreground">{t("or")}</p>
          {sso}
        </>
      ) : null}
    </form>
  );
}
