"use client";

import { ArrowDownIcon, ArrowUpIcon, PlusIcon, Trash2Icon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import {
  addStage,
  MAX_STAGE_APPROVALS,
  MAX_STAGES,
  moveStage,
  removeStage,
  type TApprovalPolicyForm,
  type TStageForm,
} from "./constraint-mapping";
import { Field } from "./form-bits";
import type { TGroup } from "./types";

export type TPolicyGroup = Pick<TGroup, "name" | "roles" | "memberCount">;

interface TApprovalStagesProps {
  idPrefix: string;
  form: TApprovalPolicyForm;
  onChange: (update: (form: TApprovalPolicyForm) => TApprovalPolicyForm) => void;
  groups: readonly TPolicyGroup[];
  errors: Record<string, string[]>;
}

const canApprove = (g: TPolicyGroup) => g.roles.includes("APPROVER") || g.roles.includes("ADMIN");

/**
 * The stages in order, each a group of fields with move, remove and add
 * buttons. After a move the focus stays on the moved stage's button and the
 * new position is announced, so reordering works from the keyboard alone.
 */
export function ApprovalStages({ idPrefix, form, onChange, groups, errors }: TApprovalStagesProps) {
  const t = useTranslations("approvalPolicy");
  const [announcement, setAnnouncement] = useState("");
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const idOf = (stage: TStageForm, part: string) => `${idPrefix}-stage-${stage.key}-${part}`;
  const titleOf = (stage: TStageForm, index: number) =>
    stage.name.trim() || t("stageLegend", { position: index + 1 });

  function move(stage: TStageForm, index: number, delta: -1 | 1) {
    const to = index + delta;
    const atEnd = to === 0 || to === form.stages.length - 1;
    focusNext.current = idOf(stage, atEnd ? (delta < 0 ? "down" : "up") : delta < 0 ? "up" : "down");
    onChange((f) => moveStage(f, stage.key, delta));
    setAnnouncement(t("moved", { name: titleOf(stage, index), position: to + 1 }));
  }

  function remove(stage: TStageForm, index: number) {
    const neighbour = form.stages[index === 0 ? 1 : index - 1];
    if (neighbour) focusNext.current = idOf(neighbour, "name");
    onChange((f) => removeStage(f, stage.key));
    setAnnouncement(t("stageRemoved", { name: titleOf(stage, index) }));
  }

  function add() {
    focusNext.current = `${idPrefix}-stage-s${form.nextKey}-name`;
    onChange((f) => addStage(f, t("newStageName", { position: f.stages.length + 1 })));
  }

  const patch = (key: string, change: Partial<TStageForm>) =>
    onChange((f) => ({ ...f, stages: f.stages.map((s) => (s.key === key ? { ...s, ...change } : s)) }));
  const known = new Set(groups.map((g) => g.name));

  return (
    <div className="space-y-3">
      <ol aria-label={t("stageList")} className="space-y-3">
        {form.stages.map((stage, index) => {
          const title = titleOf(stage, index);
          const err = (field: string) => errors[`stage:${stage.key}.${field}`] ?? [];
          return (
            <li key={stage.key} data-stage={stage.name}>
              <div
                role="group"
                aria-labelledby={idOf(stage, "legend")}
                className="space-y-3 rounded-lg border bg-background p-4 shadow-xs"
              >
                <div className="flex items-center justify-between gap-2">
                  <span id={idOf(stage, "legend")} className="flex items-center gap-2 text-sm font-medium">
                    <span
                      aria-hidden
                      className="flex size-6 items-center justify-center rounded-full bg-primary/10 text-xs font-semibold text-primary"
                    >
                      {index + 1}
                    </span>
                    {t("stageLegend", { position: index + 1 })}
                  </span>
                  <span className="flex items-center gap-1">
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      className="size-8"
                      id={idOf(stage, "up")}
                      aria-label={t("moveUp", { name: title })}
                      title={t("moveUp", { name: title })}
                      disabled={index === 0}
                      onClick={() => move(stage, index, -1)}
                    >
                      <ArrowUpIcon aria-hidden />
                    </Button>
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      className="size-8"
                      id={idOf(stage, "down")}
                      aria-label={t("moveDown", { name: title })}
                      title={t("moveDown", { name: title })}
                      disabled={index === form.stages.length - 1}
                      onClick={() => move(stage, index, 1)}
                    >
                      <ArrowDownIcon aria-hidden />
                    </Button>
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      className="size-8 text-muted-foreground hover:text-destructive"
                      aria-label={t("removeStage", { name: title })}
                      title={t("removeStage", { name: title })}
                      disabled={form.stages.length <= 1}
                      onClick={() => remove(stage, index)}
                    >
                      <Trash2Icon aria-hidden />
                    </Button>
                  </span>
                </div>
                <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]">
                  <Field id={idOf(stage, "name")} label={t("stageName")} errors={err("name")}>
                    {(c) => (
                      <Input
                        {...c}
                        value={stage.name}
                        maxLength={100}
                        placeholder={t("stageNamePlaceholder")}
                        onChange={(e) => patch(stage.key, { name: e.target.value })}
                      />
                    )}
                  </Field>
                  <Field id={idOf(stage, "group")} label={t("approverGroup")} errors={err("approverGroup")}>
                    {(c) => (
                      <NativeSelect
                        {...c}
                        className={c["aria-invalid"] ? "border-destructive" : undefined}
                        value={stage.approverGroup}
                        onChange={(e) =>
                          patch(stage.key, {
                            approverGroup: e.target.value,
                            ...(e.target.value ? {} : { allMembers: false }),
                          })
                        }
                      >
                        <option value="">{t("anyApprover")}</option>
                        {stage.approverGroup && !known.has(stage.approverGroup) ? (
                          <option value={stage.approverGroup}>
                            {t("missingGroup", { name: stage.approverGroup })}
                          </option>
                        ) : null}
                        {[true, false].map((able) => {
                          const list = groups.filter((g) => canApprove(g) === able);
                          if (list.length === 0) return null;
                          return (
                            <optgroup key={String(able)} label={able ? t("canApprove") : t("cannotApprove")}>
                              {list.map((g) => (
                                <option key={g.name} value={g.name}>
                                  {t("groupOption", { name: g.name, count: g.memberCount })}
                                </option>
                              ))}
                            </optgroup>
                          );
                        })}
                      </NativeSelect>
                    )}
                  </Field>
                  <Field id={idOf(stage, "required")} label={t("required")} errors={err("required")}>
                    {(c) => (
                      <div className="flex h-9 items-center gap-3">
                        <Input
                          {...c}
                          type="number"
                          inputMode="numeric"
                          min={1}
                          max={MAX_STAGE_APPROVALS}
                          className="w-20"
                          value={stage.allMembers ? "" : stage.required}
                          disabled={stage.allMembers}
                          onChange={(e) => patch(stage.key, { required: e.target.value })}
                        />
                        <label
                          className="flex items-center gap-1.5 text-sm whitespace-nowrap"
                          title={stage.approverGroup ? t("allMembersHint") : t("allMembersNeedsGroup")}
                        >
                          <input
                            type="checkbox"
                            className="size-4 accent-primary"
                            checked={stage.allMembers}
                            disabled={!stage.approverGroup}
                            onChange={(e) => patch(stage.key, { allMembers: e.target.checked })}
                          />
                          {t("allMembers")}
                        </label>
                      </div>
                    )}
                  </Field>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={add}
          disabled={form.stages.length >= MAX_STAGES}
        >
          <PlusIcon aria-hidden />
          {t("addStage")}
        </Button>
        {form.stages.length >= MAX_STAGES ? (
          <span className="text-xs text-muted-foreground">{t("maxStages", { count: MAX_STAGES })}</span>
        ) : null}
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
