"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CreateTokenForm } from "./create-token-form";
import { NewTokenNotice } from "./new-token-notice";
import { TokenList } from "./token-list";

export function TokensManager() {
  const t = useTranslations("tokens");
  const [newToken, setNewToken] = useState<string | null>(null);
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle asChild>
            <h2>{t("createTitle")}</h2>
          </CardTitle>
          <CardDescription>{t("usage")}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          {newToken ? <NewTokenNotice token={newToken} onDismiss={() => setNewToken(null)} /> : null}
          <CreateTokenForm onCreated={setNewToken} />
        </CardContent>
      </Card>
      <section aria-labelledby="tokens-list-title" className="space-y-3">
        <h2 id="tokens-list-title" className="text-lg font-semibold tracking-tight">
          {t("listTitle")}
        </h2>
        <TokenList />
      </section>
    </div>
  );
}
