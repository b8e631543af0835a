"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { MAX_JUSTIFICATION, STACK_NAME_RULE, type TFormModel } from "@stackvend/cfn";
import { Input, NativeSelect } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import {
  domId,
  tagKey,
  valueKey,
  type TFieldValue,
  type TFormIssue,
  type TOrderState,
  type TRequiredTagOption,
} from "./form-state";
import { FieldControl } from "./field-control";
import { useIssueText } from "./issue-text";
import { ParameterField } from "./parameter-field";

interface TOrderFormBodyProps {
  model: TFormModel;
  state: TOrderState;
  requiredTags: readonly TRequiredTagOption[];
  /** The issues to show for a field key (live ones for touched fields, plus the server's). */
  issues: (key: string) => TFormIssue[];
  onValue: (name: string, value: TFieldValue) => void;
  onStackName: (value: string) => void;
  onTag: (key: string, value: string) => void;
  onJustification?: (value: string) => void;
  onBlur: (key: string) => void;
  maxJustification?: number;
  disabled?: boolean;
  hideStackName?: boolean;
  /** An update keeps the stack it changes: the name is shown, not edited. */
  stackNameLocked?: boolean;
}

function Section({
  title,
  description,
  children,
  className,
}: {
  title: string;
  description?: string;
  children: ReactNode;
  className?: string;
}) {
  const id = `section-${title.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <section aria-labelledby={id} className={cn("rounded-xl border bg-card p-5 shadow-sm sm:p-6", className)}>
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-muted-foreground">{description}</p> : null}
      <div className="mt-5 grid gap-5 md:grid-cols-2">{children}</div>
    </section>
  );
}

/**
 * The order form's fields: stack name, the template's parameters in their
 * Interface groups, required tags and the justification. State lives with
 * the caller, so the same body serves the real form and the admin preview.
 */
export function OrderFormBody(props: TOrderFormBodyProps) {
  const {
    model,
    state,
    requiredTags,
    issues,
    onValue,
    onStackName,
    onTag,
    onJustification,
    onBlur,
    disabled,
  } = props;
  const t = useTranslations("orderForm");
  const issueText = useIssueText();
  const fields = new Map(model.fields.map((field) => [field.name, field]));
  const groups = model.groups.length > 0 ? model.groups : [{ parameters: model.fields.map((f) => f.name) }];
  const named = groups.some((group) => group.label);
  const maxJustification = props.maxJustification ?? MAX_JUSTIFICATION;
  return (
    <div className="space-y-6">
      {props.hideStackName ? null : (
        <Section title={t("stackSection")} description={t("stackSectionDescription")}>
          <FieldControl
            id={domId("stackName")}
            label={t("stackName")}
            required
            hint={props.stackNameLocked ? t("stackNameLocked") : t("stackNameHint")}
            issues={issues("stackName")}
          >
            {(aria) => (
              <Input
                {...aria}
                value={state.stackName}
                disabled={disabled}
                readOnly={props.stackNameLocked}
                autoComplete="off"
                spellCheck={false}
                className="font-mono"
                placeholder="team-app-dev"
                maxLength={STACK_NAME_RULE.maxLength}
                onChange={(e) => onStackName(e.target.value)}
                onBlur={() => onBlur("stackName")}
              />
            )}
          </FieldControl>
        </Section>
      )}
      {groups.map((group, index) => {
        const members = group.parameters.map((name) => fields.get(name)).filter((f) => f !== undefined);
        if (members.length === 0) return null;
        const title = group.label ?? (named ? t("otherParameters") : t("parameters"));
        return (
          <Section key={`${title}-${index}`} title={title}>
            {members.map((field) => (
              <div
                key={field.name}
                className={cn((field.multiple || (field.description?.length ?? 0) > 140) && "md:col-span-2")}
              >
                <ParameterField
                  field={field}
                  value={state.values[field.name] ?? (field.multiple ? [] : "")}
                  issues={issues(valueKey(field.name))}
                  disabled={disabled}
                  onChange={(value) => onValue(field.name, value)}
                  onBlur={() => onBlur(valueKey(field.name))}
                />
              </div>
            ))}
          </Section>
        );
      })}
      {issues("values").length > 0 ? (
        <div
          id={domId("values")}
          role="alert"
          className="rounded-lg border border-destructive/40 bg-destructive/5 px-4 py-3 text-sm text-destructive"
        >
          <p className="font-medium">{t("rules")}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {issues("values").map((issue, i) => (
              <li key={i}>{issueText(issue)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {requiredTags.length > 0 ? (
        <Section title={t("tagsSection")} description={t("tagsSectionDescription")}>
          {requiredTags.map((tag) => (
            <FieldControl
              key={tag.key}
              id={domId(tagKey(tag.key))}
              label={tag.key}
              required
              issues={issues(tagKey(tag.key))}
            >
              {(aria) => (
                <NativeSelect
                  {...aria}
                  value={state.tags[tag.key] ?? ""}
                  disabled={disabled}
                  onChange={(e) => onTag(tag.key, e.target.value)}
                  onBlur={() => onBlur(tagKey(tag.key))}
                >
                  <option value="">{t("choose")}</option>
                  {tag.values.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.description ? `${option.value} — ${option.description}` : option.value}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FieldControl>
          ))}
        </Section>
      ) : null}
      {onJustification ? (
        <Section title={t("justificationSection")}>
          <div className="md:col-span-2">
            <FieldControl
              id={domId("justification")}
              label={t("justification")}
              required={false}
              hint={t("justificationHint", { count: state.justification.length, max: maxJustification })}
              issues={issues("justification")}
            >
              {(aria) => (
                <textarea
                  {...aria}
                  rows={4}
                  value={state.justification}
                  disabled={disabled}
                  onChange={(e) => onJustification(e.target.value)}
                  onBlur={() => onBlur("justification")}
                  className="flex w-full rounded-md border border-input bg-background px-3 py-2 text-sm shadow-xs outline-none placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/40 aria-invalid:border-destructive"
                  placeholder={t("justificationPlaceholder")}
                />
              )}
            </FieldControl>
          </div>
        </Section>
      ) : null}
    </div>
  );
}
