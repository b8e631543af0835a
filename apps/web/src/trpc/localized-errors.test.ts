import { TRPCClientError } from "@trpc/client";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { AppRouter } from "@stackvend/api";
import en from "../../messages/en.json";
import ko from "../../messages/ko.json";
import { localizedMessage, type TTranslateServerError } from "./localized-errors";

function failure(message: string, data?: object): TRPCClientError<AppRouter> {
  const error = new TRPCClientError<AppRouter>(message);
  if (data) Object.assign(error, { data });
  return error;
}

const translators: Record<string, TTranslateServerError> = {
  en: createTranslator({ locale: "en", messages: en, namespace: "serverErrors" }) as TTranslateServerError,
  ko: createTranslator({ locale: "ko", messages: ko, namespace: "serverErrors" }) as TTranslateServerError,
};

describe("messages of failed calls", () => {
  it("says limits, timeouts and server faults in the reader's language, with the wait", () => {
    const busy = failure("too many large templates are being analysed; try again shortly", {
      appCode: "ENGINE_BUSY",
      retryAfterSeconds: 5,
    });
    expect(localizedMessage(busy, translators.en!)).toBe(
      "The server is busy with other large templates. Try again in 5 s.",
    );
    expect(localizedMessage(busy, translators.ko!)).toBe(
      "서버가 다른 대용량 템플릿을 처리하고 있습니다. 5초 후에 다시 시도하세요.",
    );
    const limited = failure("Too many previews: at most 3 a minute; try again in 42 s", {
      appCode: "RATE_LIMITED",
      retryAfterSeconds: 42,
    });
    expect(localizedMessage(limited, translators.ko!)).toContain("42초 후에");
    const timeout = failure("the template took longer than 30 s to analyse", { appCode: "ENGINE_TIMEOUT" });
    expect(localizedMessage(timeout, translators.ko!)).toMatch(/^이 템플릿은 분석 시간이 너무 길어/);
    expect(
      localizedMessage(failure("Internal server error", { appCode: "INTERNAL" }), translators.ko!),
    ).toMatch(/^서버에서 문제가 발생했습니다/);
  });

  it("keeps the server's words where they name the field and the rule", () => {
    const invalid = failure("stackName: must start with a letter", { appCode: "INVALID_INPUT" });
    expect(localizedMessage(invalid, translators.ko!)).toBe("stackName: must start with a letter");
  });

  it("says the server could not be reached when no answer came", () => {
    expect(localizedMessage(failure("Failed to fetch"), translators.en!)).toBe(
      "The server could not be reached. Check your connection and try again.",
    );
  });
});
