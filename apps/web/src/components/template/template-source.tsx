"use client";

import { useTranslations } from "next-intl";
import { Highlight } from "prism-react-renderer";
import { type ComponentProps, useSyncExternalStore } from "react";
import { CopyButton } from "@/components/common/copy-button";
import { cn } from "@/lib/utils";
import { sourceTheme } from "./source-theme";

interface TTemplateSourceProps {
  source: string;
  /** As the API spells it ("YAML" | "JSON") or lower case. */
  format: string;
  /** Shown in the toolbar, e.g. a file name or "Rendered template". */
  title?: string;
  className?: string;
}

/** Past this size highlighting costs more than it helps; the text is shown plain. */
const HIGHLIGHT_LIMIT = 200_000;

const noSubscription = () => () => {};
const onClient = () => true;
const onServer = () => false;

function SourceLine({ number, className, children, ...rest }: ComponentProps<"div"> & { number: number }) {
  return (
    <div className={cn(className, "grid grid-cols-[3.5rem_1fr] hover:bg-muted/50")} {...rest}>
      <span aria-hidden className="select-none pr-3 text-right text-muted-foreground">
        {number}
      </span>
      <span className="whitespace-pre pr-4">{children}</span>
    </div>
  );
}

/** A template's source with line numbers, YAML/JSON highlighting and a copy button. */
export function TemplateSource({ source, format, title, className }: TTemplateSourceProps) {
  const t = useTranslations("templateView.source");
  const language = format.toLowerCase() === "json" ? "json" : "yaml";
  const lines = source.split("\n").length;
  const code = source.replace(/\n$/, "");
  // Tokenising costs the server more than the page's data: the server sends plain lines,
  // the browser colours them once it has hydrated.
  const hydrated = useSyncExternalStore(noSubscription, onClient, onServer);
  const highlight = hydrated && source.length <= HIGHLIGHT_LIMIT;

  return (
    <div className={cn("overflow-hidden rounded-lg border bg-card", className)}>
      <div className="flex items-center justify-between gap-3 border-b bg-muted/40 px-3 py-1.5">
        <p className="truncate text-xs text-muted-foreground">
          {title ? <span className="font-medium text-foreground">{title} · </span> : null}
          {t("meta", { format: language.toUpperCase(), count: lines })}
        </p>
        <CopyButton text={source} label={t("copy")} copyText={t("copyShort")} copiedText={t("copied")} />
      </div>
      <div className="max-h-[560px] overflow-auto">
        {highlight ? (
          <Highlight theme={sourceTheme} code={code} language={language}>
            {({ tokens, getLineProps, getTokenProps }) => (
              <pre className="py-3 font-mono text-xs leading-5" tabIndex={0} aria-label={t("label")}>
                {tokens.map((line, i) => {
                  const { className: lineClass, ...lineProps } = getLineProps({ line });
                  return (
                    <SourceLine key={i} number={i + 1} className={lineClass} {...lineProps}>
                      {line.map((token, key) => (
                        <span key={key} {...getTokenProps({ token })} />
                      ))}
                    </SourceLine>
                  );
                })}
              </pre>
            )}
          </Highlight>
        ) : (
          <pre className="py-3 font-mono text-xs leading-5" tabIndex={0} aria-label={t("label")}>
            {code.split("\n").map((line, i) => (
              <SourceLine key={i} number={i + 1}>
                {line}
              </SourceLine>
            ))}
          </pre>
        )}
      </div>
    </div>
  );
}
