import { KeyRoundIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { getRuntime } from "@/server/runtime";

/** The installation's artifact signing key, for admins to hand to whoever verifies export bundles. */
export async function SigningKey() {
  const [t, { signer }] = await Promise.all([getTranslations("signingKey"), getRuntime()]);
  return (
    <section aria-labelledby="signing-key-title" className="rounded-lg border bg-card p-4 text-sm">
      <h2 id="signing-key-title" className="flex items-center gap-2 font-medium">
        <KeyRoundIcon className="size-4 text-muted-foreground" aria-hidden />
        {t("title")}
      </h2>
      <p className="mt-1 text-muted-foreground">{t("description")}</p>
      <p className="mt-2">
        {t("keyId")}: <code className="break-all font-mono text-xs">{signer.keyId}</code>
      </p>
      <pre
        data-testid="signing-public-key"
        className="mt-2 overflow-x-auto rounded border bg-muted/30 p-2 font-mono text-xs"
      >
        {signer.publicKeyPem}
      </pre>
      <a className="mt-2 inline-block underline" href="/api/signing-key" download="stackvend-signing-key.pem">
        {t("download")}
      </a>
    </section>
  );
}
