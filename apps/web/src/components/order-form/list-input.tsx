"use client";

import { XIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";
import { cn } from "@/lib/utils";

interface TListInputProps {
  id: string;
  value: string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  placeholder?: string;
  mono?: boolean;
  disabled?: boolean;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

/** Several values: typing a comma or Enter adds one, Backspace on an empty box removes the last. */
export function ListInput({
  id,
  value,
  onChange,
  onBlur,
  placeholder,
  mono,
  disabled,
  ...aria
}: TListInputProps) {
  const t = useTranslations("orderForm.list");
  const [draft, setDraft] = useState("");

  function commit(text: string) {
    const items = text
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    if (items.length > 0) onChange([...value, ...items]);
    setDraft("");
  }

  function onType(text: string) {
    if (text.includes(",")) {
      const cut = text.lastIndexOf(",");
      commit(text.slice(0, cut));
      setDraft(text.slice(cut + 1));
    } else setDraft(text);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      commit(draft);
    } else if (event.key === "Backspace" && draft === "" && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }

  return (
    <div
      className={cn(
        "flex min-h-9 w-full flex-wrap items-center gap-1 rounded-md border border-input bg-background px-2 py-1 shadow-xs",
        "focus-within:border-ring focus-within:ring-2 focus-within:ring-ring/40",
        aria["aria-invalid"] && "border-destructive",
      )}
    >
      {value.length > 0 ? (
        <ul aria-label={t("items", { count: value.length })} className="contents">
          {value.map((item, index) => (
            <li
              key={`${item}-${index}`}
              className={cn(
                "flex items-center gap-0.5 rounded bg-secondary py-0.5 pl-2 pr-0.5 text-xs",
                mono && "font-mono",
              )}
            >
              {item}
              <button
                type="button"
                disabled={disabled}
                className="rounded p-0.5 text-muted-foreground hover:bg-background hover:text-foreground"
                aria-label={t("remove", { value: item })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                <XIcon className="size-3" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        value={draft}
        disabled={disabled}
        placeholder={value.length === 0 ? placeholder : undefined}
        onChange={(event) => onType(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          commit(draft);
          onBlur?.();
        }}
        className={cn(
          "h-7 min-w-32 flex-1 bg-transparent px-1 text-sm outline-none placeholder:text-muted-foreground",
          mono && "font-mono",
        )}
        {...aria}
      />
    </div>
  );
}
