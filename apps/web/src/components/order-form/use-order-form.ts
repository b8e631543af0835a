"use client";

import { useCallback, useMemo, useState } from "react";
import { MAX_JUSTIFICATION, type TFormModel } from "@stackvend/cfn";
import {
  initialValues,
  issuesFor,
  validateOrderForm,
  type TFieldValue,
  type TFormErrors,
  type TOrderState,
  type TRequiredTagOption,
} from "./form-state";

export interface TOrderFormInitial {
  stackName?: string;
  values?: Record<string, TFieldValue>;
  tags?: Record<string, string>;
  justification?: string;
}

/**
 * The form's state and what it shows: live errors appear once a field was
 * left or an action was tried; server errors stay until their field changes.
 */
export function useOrderForm(
  model: TFormModel,
  requiredTags: readonly TRequiredTagOption[],
  initial: TOrderFormInitial = {},
  maxJustification = MAX_JUSTIFICATION,
) {
  const [state, setState] = useState<TOrderState>(() => ({
    stackName: initial.stackName ?? "",
    values: initialValues(model, initial.values),
    tags: initial.tags ?? {},
    justification: initial.justification ?? "",
  }));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState<"draft" | "complete" | null>(null);
  const [serverErrors, setServerErrors] = useState<TFormErrors>({});

  const complete = useMemo(
    () => validateOrderForm(model, state, requiredTags, "complete", maxJustification),
    [model, state, requiredTags, maxJustification],
  );
  const draft = useMemo(
    () => validateOrderForm(model, state, requiredTags, "draft", maxJustification),
    [model, state, requiredTags, maxJustification],
  );

  const changed = useCallback((key: string) => {
    setServerErrors((errors) => {
      if (!errors[key] && !errors["values"]) return errors;
      const { [key]: _gone, values: _rules, ...rest } = errors;
      return rest;
    });
  }, []);

  const touch = useCallback(
    (key: string) => setTouched((keys) => (keys.has(key) ? keys : new Set(keys).add(key))),
    [],
  );

  const issues = useCallback(
    (key: string) => {
      const live =
        attempted === "complete" ? complete : touched.has(key) || attempted === "draft" ? draft : {};
      return issuesFor(key, live, serverErrors);
    },
    [attempted, complete, draft, touched, serverErrors],
  );

  return {
    state,
    issues,
    /** Live errors for the given check, to decide whether an action may go ahead. */
    errorsFor: (mode: "draft" | "complete") => (mode === "complete" ? complete : draft),
    attempt: setAttempted,
    setServerErrors,
    onBlur: touch,
    onValue: (name: string, value: TFieldValue) => {
      changed(`values.${name}`);
      touch(`values.${name}`);
      setState((s) => ({ ...s, values: { ...s.values, [name]: value } }));
    },
    onStackName: (stackName: string) => {
      changed("stackName");
      touch("stackName");
      setState((s) => ({ ...s, stackName }));
    },
    onTag: (key: string, value: string) => {
      changed(`tags.${key}`);
      touch(`tags.${key}`);
      setState((s) => ({ ...s, tags: { ...s.tags, [key]: value } }));
    },
    onJustification: (justification: string) => {
      changed("justification");
      setState((s) => ({ ...s, justification }));
    },
  };
}
