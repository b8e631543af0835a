"use client";

import { DownloadIcon, KeyRoundIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { secretEnvVar, secretPlaceholder, type TCommandKind, type TRetainedResource } from "@stackvend/cfn";
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
  kind: "PROVISION" | "UPDATE" | "TERMINATE";
  commands: { kind: TCommandKind; command: string }[];
  secretParameters: string[];
  keptSecretParameters: string[];
  retained: TRetainedResource[];
}

/** The heading of each command, by the message that names it. */
const COMMAND_TITLES = {
  "create-stack": "createStack",
  "update-stack": "updateStack",
  "create-change-set": "createChangeSet",
  "execute-change-set": "executeChangeSet",
  deploy: "deploy",
  "delete-stack": "deleteStack",
} as const satisfies Record<TCommandKind, string>;

const RETAINED_NOTES = {
  Retain: "retainedRetain",
  RetainExceptOnCreate: "retainedRetain",
  Snapshot: "retainedSnapshot",
  conditional: "retainedConditional",
} as const satisfies Record<TRetainedResource["deletionPolicy"], string>;

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
  const notes = [
    ...view.secretParameters.map((name) =>
      t("secretNote", { name, placeholder: secretPlaceholder(name), envVar: secretEnvVar(name) }),
    ),
    ...view.keptSecretParameters.map((name) => t("keptSecretNote", { name })),
  ];
  return (
    <div className="space-y-5" data-testid="export-panel">
      {view.kind === "PROVISION" ? null : (
        <p className="text-sm" data-testid="export-kind">
          {t(view.kind === "UPDATE" ? "kindUpdate" : "kindTerminate")}
        </p>
      )}
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
      {notes.length > 0 ? (
        <ul className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:bg-amber-950/30">
          {notes.map((note) => (
            <li key={note} data-testid="export-secret-note">
              {note}
            </li>
          ))}
        </ul>
      ) : null}
      {view.retained.length > 0 ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:bg-amber-950/30">
          <h3 className="font-medium">{t("retainedTitle")}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {view.retained.map((r) => (
              <li key={r.logicalId} data-testid="export-retained">
                {t(RETAINED_NOTES[r.deletionPolicy], { logicalId: r.logicalId, type: r.type })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {view.kind === "TERMINATE" ? null : (
        <p className="text-sm">
          {view.capabilities.length > 0
            ? t("capabilities", { capabilities: view.capabilities.join(", ") })
            : t("noCapabilities")}
        </p>
      )}
      {view.capabilityReasons.length > 0 ? (
        <ul className="list-disc pl-5 text-xs text-muted-foreground">
          {view.capabilityReasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {view.commands.map((c) => (
        <Command key={c.kind} id={`command-${c.kind}`} title={t(COMMAND_TITLES[c.kind])} text={c.command} />
      ))}
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
