"use client";

import { FileUpIcon } from "lucide-react";
import { MAX_TEMPLATE_BYTES } from "@stackvend/cfn";
import { useTranslations } from "next-intl";
import { useId, useState, type ChangeEvent } from "react";
import { cn } from "@/lib/utils";
import { FieldErrors, Textarea } from "./form-bits";

interface TTemplateInputProps {
  source: string;
  fileName: string | null;
  errors?: readonly string[];
  onChange: (next: { source: string; fileName: string | null; fromFile: boolean }) => void;
}

/** A CloudFormation template by file upload or by pasting, YAML or JSON. */
export function TemplateInput({ source, fileName, errors = [], onChange }: TTemplateInputProps) {
  const t = useTranslations("adminProducts.template");
  const id = useId();
  const [mode, setMode] = useState<"file" | "paste">("file");
  const [fileError, setFileError] = useState<string | null>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_TEMPLATE_BYTES) {
      setFileError(t("tooLarge"));
      return;
    }
    onChange({ source: await file.text(), fileName: file.name, fromFile: true });
  }

  const tabs = [
    { key: "file" as const, label: t("upload") },
    { key: "paste" as const, label: t("paste") },
  ];
  const shownErrors = fileError ? [fileError, ...errors] : errors;
  return (
    <div className="space-y-3">
      <div role="tablist" aria-label={t("how")} className="inline-flex rounded-lg bg-muted p-1">
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`${id}-${tab.key}-tab`}
            aria-selected={mode === tab.key}
            aria-controls={`${id}-${tab.key}`}
            onClick={() => setMode(tab.key)}
            className={cn(
              "rounded-md px-3 py-1.5 text-sm font-medium text-muted-foreground",
              mode === tab.key && "bg-background text-foreground shadow-sm",
            )}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {mode === "file" ? (
        <div role="tabpanel" id={`${id}-file`} aria-labelledby={`${id}-file-tab`}>
          <label
            htmlFor={`${id}-file-input`}
            className="flex cursor-pointer flex-col items-center gap-2 rounded-lg border border-dashed bg-muted/30 px-6 py-8 text-center hover:bg-muted/50"
          >
            <FileUpIcon className="size-6 text-muted-foreground" aria-hidden />
            <span className="text-sm font-medium">{t("chooseFile")}</span>
            <span className="text-xs text-muted-foreground">
              {fileName ? t("chosen", { name: fileName }) : t("fileHint")}
            </span>
          </label>
          <input
            id={`${id}-file-input`}
            type="file"
            accept=".yaml,.yml,.json,.template,.txt,application/json,application/yaml,text/yaml,text/plain"
            onChange={onFile}
            className="sr-only"
            aria-invalid={shownErrors.length > 0 || undefined}
            aria-describedby={shownErrors.length > 0 ? `${id}-errors` : undefined}
          />
        </div>
      ) : (
        <div role="tabpanel" id={`${id}-paste`} aria-labelledby={`${id}-paste-tab`} className="space-y-2">
          <label htmlFor={`${id}-source`} className="text-sm font-medium">
            {t("sourceLabel")}
          </label>
          <Textarea
            id={`${id}-source`}
            value={source}
            onChange={(e) => onChange({ source: e.target.value, fileName: null, fromFile: false })}
            rows={16}
            spellCheck={false}
            placeholder={"AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  …"}
            className="font-mono text-xs leading-relaxed"
            aria-invalid={shownErrors.length > 0 || undefined}
            aria-describedby={shownErrors.length > 0 ? `${id}-errors` : undefined}
          />
        </div>
      )}
      <FieldErrors id={`${id}-errors`} errors={shownErrors} />
    </div>
  );
}
