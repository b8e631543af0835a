"use client";

import type { TJsonObject } from "@stackvend/cfn";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConstraintCard } from "./constraint-card";
import { parseRulesText, rulesToText } from "./constraint-mapping";
import { Textarea } from "./form-bits";
import { useConstraint } from "./use-constraint";

const EXAMPLE = `DevInstanceTypes:
  Assertions:
    - Assert: !Contains [[t3.micro, t3.small], !Ref InstanceType]
      AssertDescription: Dev uses t3.micro or t3.small`;

interface TProps {
  pair: { portfolioId: string; productId: string };
  existing: { id: string; definition: { rules?: TJsonObject } } | null;
}

/** Rules in CloudFormation Rules syntax, checked on the server against every active version. */
export function TemplateRulesEditor({ pair, existing }: TProps) {
  const t = useTranslations("adminConstraints.rules");
  const state = useConstraint(pair, "TEMPLATE_RULES", existing?.id);
  const [text, setText] = useState(() => rulesToText(existing?.definition.rules));
  const [local, setLocal] = useState<string | null>(null);

  function onSave() {
    const parsed = parseRulesText(text);
    if (!parsed.ok) {
      setLocal(parsed.message === "empty" ? t("empty") : t("unreadable", { name: parsed.message }));
      return;
    }
    setLocal(null);
    state.save({ rules: parsed.rules });
  }

  const errors = local ? [local] : [...state.errorsUnder("definition"), ...state.errorsUnder("productId")];
  return (
    <ConstraintCard
      id="constraint-rules"
      title={t("title")}
      description={t("description")}
      isSet={existing !== null}
      state={state}
      onSave={onSave}
    >
      <div className="space-y-2">
        <label htmlFor="rules-text" className="text-sm font-medium">
          {t("label")}
        </label>
        <Textarea
          id="rules-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={10}
          spellCheck={false}
          placeholder={EXAMPLE}
          className="font-mono text-xs leading-relaxed"
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby="rules-text-hint rules-text-error"
        />
        <p id="rules-text-hint" className="text-xs text-muted-foreground">
          {t("hint")}
        </p>
        {errors.length > 0 ? (
          <ul id="rules-text-error" className="space-y-1 text-sm text-destructive">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </ConstraintCard>
  );
}
