"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/trpc/react";
import type { TTemplatePreview } from "./types";

/**
 * The template being uploaded and the server's preview of it. A preview
 * belongs to the exact source it was made from: editing the source makes it
 * stale, and publishing needs a fresh, publishable one.
 */
export function useTemplatePreview() {
  const trpc = useTRPC();
  const [source, setSource] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<{ source: string; result: TTemplatePreview } | null>(null);
  const mutation = useMutation(trpc.products.previewTemplate.mutationOptions());

  function run(text = source) {
    if (!text.trim()) return;
    mutation.mutate({ source: text }, { onSuccess: (result) => setPreviewed({ source: text, result }) });
  }

  function change(next: { source: string; fileName: string | null; fromFile: boolean }) {
    setSource(next.source);
    setFileName(next.fileName);
    // A file is complete as chosen, so check it at once; pasted text is checked on request.
    if (next.fromFile) run(next.source);
  }

  const current = previewed && previewed.source === source ? previewed.result : null;
  return {
    source,
    fileName,
    change,
    run,
    pending: mutation.isPending,
    error: mutation.error,
    preview: previewed?.result ?? null,
    stale: previewed !== null && previewed.source !== source,
    publishable: current?.publishable ?? false,
  };
}

export type TTemplatePreviewState = ReturnType<typeof useTemplatePreview>;
