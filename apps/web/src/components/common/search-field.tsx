import { SearchIcon } from "lucide-react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

interface TSearchFieldProps {
  id: string;
  /** Read by screen readers only; the placeholder and the icon say it to the eye. */
  label: string;
  defaultValue: string;
  placeholder: string;
  /** The catalog's taller field, level with its selects and button. */
  large?: boolean;
  className?: string;
}

/** The `q` field of a plain GET search form, with its search icon. */
export function SearchField({ id, label, defaultValue, placeholder, large, className }: TSearchFieldProps) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <div className={cn("relative", className)}>
        <SearchIcon
          className={cn(
            "pointer-events-none absolute top-1/2 size-4 -translate-y-1/2 text-muted-foreground",
            large ? "left-3" : "left-2.5",
          )}
          aria-hidden
        />
        <Input
          id={id}
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={200}
          placeholder={placeholder}
          className={large ? "h-10 pl-9" : "pl-8"}
        />
      </div>
    </>
  );
}
