"use client";

import { DownloadIcon, KeyRoundIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { secretEnvVar, secretPlaceholder } from "@stackvend/cfn";
import { CopyButton } from "@/components/common/copy-button";
import { Button } from "@/components/ui/button";

export interface TExportView {
  requestId: string;
  keyId: string;
  templates: { name: string; format: string; sha256: string; approved: boolean }[];
  fileNames: string[];
  bundleName: string;
  capabilities: string[];
  capabilityReasons: string[];
  commands: { createStack: string; deploy: string };
  secretParameters: string[];
}

function Command({ id, title, text }: { id: string; title: string; text: string }) {
  const t = useTranslations("requestExport");
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-sm font-medium">{title}</h3>
        <CopyButton
          text={text}
          label={t("copyCommand", { command: title })}
          copyText={t("copy")}
          copiedText={t("copied")}
        />
      </div>
      <pre data-testid={id} className="overflow-x-auto rounded-lg border bg-muted/30 p-3 font-mono text-xs">
        {text}
      </pre>
    </div>
  );
}

/** Downloads and deploy commands of an approved request, all read from its signed artifact. */
export function ExportPanel({ view }: { view: TExportView }) {
  const t = useTranslations("requestExport");
  const base = `/api/requests/${encodeURIComponent(view.requestId)}/export`;
  const href = (name: string) => `${base}/${encodeURIComponent(name)}`;
  const templateNames = new Set(view.templates.map((tpl) => tpl.name));
  const others = view.fileNames.filter((name) => !templateNames.has(name));
  return (
    <div className="space-y-5" data-testid="export-panel">
      <div className="flex flex-wrap items-center gap-2">
        <Button asChild>
          <a href={href(view.bundleName)} download data-testid="export-bundle">
            <DownloadIcon aria-hidden />
            {t("bundle")}
          </a>
        </Button>
        <span className="text-xs text-muted-foreground">{t("bundleHint")}</span>
      </div>
      <ul className="space-y-2">
        {view.templates.map((tpl) => (
          <li key={tpl.name} className="flex flex-wrap items-center gap-2 text-sm">
            <a
              className="font-medium underline"
              href={href(tpl.name)}
              download
              data-testid={`export-${tpl.name}`}
            >
              {tpl.name}
            </a>
            <span className="text-xs text-muted-foreground">
              {tpl.approved ? t("approvedBytes") : t("otherFormat")}
            </span>
            <code className="break-all font-mono text-xs">sha256 {tpl.sha256}</code>
          </li>
        ))}
      </ul>
      <div>
        <h3 className="text-sm font-medium">{t("files")}</h3>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {others.map((name) => (
            <li key={name}>
              <a className="underline" href={href(name)} download>
                {name}
              </a>
            </li>
          ))}
        </ul>
      </div>
      {view.secretParameters.length > 0 ? (
        <ul className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:bg-amber-950/30">
          {view.secretParameters.map((name) => (
            <li key={name} data-testid="export-secret-note">
              {t("secretNote", {
                name,
                placeholder: secretPlaceholder(name),
                envVar: secretEnvVar(name),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm">
        {view.capabilities.length > 0
          ? t("capabilities", { capabilities: view.capabilities.join(", ") })
          : t("noCapabilities")}
      </p>
      {view.capabilityReasons.length > 0 ? (
        <ul className="list-disc pl-5 text-xs text-muted-foreground">
          {view.capabilityReasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      <Command id="command-create-stack" title={t("createStack")} text={view.commands.createStack} />
      <Command id="command-deploy" title={t("deploy")} text={view.commands.deploy} />
      <p className="flex items-start gap-2 text-xs text-muted-foreground">
        <KeyRoundIcon className="mt-0.5 size-3.5 shrink-0" aria-hidden />
        <span>
          {t("verify", { keyId: view.keyId })}{" "}
          <code className="font-mono">npx stackvend-cfn verify bundle.zip --key public.pem</code>{" "}
          <a className="underline" href="/api/signing-key">
            {t("publicKey")}
          </a>
        </span>
      </p>
    </div>
  );
}
