// axe-core on every page a journey visits: after each navigation of a main frame settles, at the
// end of the test, and wherever a journey calls checkA11y after opening a dialog or a menu.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "@playwright/test";

/** WCAG 2.1 levels A and AA: what the portal promises. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** A navigation that stays quiet this long has settled; client-side routing fires several in a row. */
const SETTLE_MS = 300;
/** Past this an animation is a spinner, not a transition worth waiting for. */
const ANIMATION_WAIT_MS = 1_000;
const MAX_TARGETS = 8;
/** The longest a check waits for a page to load, or the end of a test for checks still running. */
const SETTLE_LIMIT_MS = 10_000;

type TAxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;
type TViolation = TAxeResults["violations"][number];

export interface TCheck {
  url: string;
  when: string;
  violations: TViolation[];
}

/** An error from a page that navigated or closed under a check: not a finding. */
function navigatedAway(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Execution context was destroyed|navigat|Frame was detached|has been closed|Target closed|frame got detached/i.test(
    message,
  );
}

/** The part of a page's state a check depends on, so the same state is checked once per test. */
function stateOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const open = Array.from(
      document.querySelectorAll(
        "[role=dialog],[role=alertdialog],[role=menu],[role=listbox],details[open],[aria-expanded=true]",
      ),
    )
      .map((el) => `${el.tagName}:${el.getAttribute("role") ?? ""}:${el.id}`)
      .join(",");
    const size = document.querySelector("main")?.querySelectorAll("*").length ?? 0;
    return [location.href, document.documentElement.lang, size, open].join(" ");
  });
}

/** Waits for load, fonts (contrast depends on them) and finite transitions such as a dialog fading in. */
async function settle(page: Page): Promise<void> {
  // Playwright's own default is no limit: a page that never loads must not hold the test's end.
  await page.waitForLoadState("load", { timeout: SETTLE_LIMIT_MS });
  // A page that called notFound() or forbidden() is served as Next's bare error document, which the
  // browser then renders into the root layout (with its lang): check what the reader gets once it has.
  // Past the limit the check runs anyway, and a document still without lang is a finding.
  await page
    .waitForFunction(
      () => document.documentElement.id !== "__next_error__" || document.documentElement.lang !== "",
      undefined,
      { timeout: SETTLE_LIMIT_MS },
    )
    .catch(() => undefined);
  await page.evaluate(async (limit) => {
    await document.fonts.ready;
    const finite = document
      .getAnimations()
      .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)));
    await Promise.race([
      Promise.all(finite.map((animation) => animation.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, limit)),
    ]);
  }, ANIMATION_WAIT_MS);
}

export function formatChecks(checks: TCheck[]): string {
  const lines = [
    `Accessibility violations (axe-core, ${WCAG_TAGS.join(", ")}) in ${checks.length} check(s):`,
  ];
  for (const check of checks) {
    lines.push("", `${check.url} (${check.when})`);
    for (const violation of check.violations) {
      lines.push(`  ✗ ${violation.id} [${violation.impact ?? "unknown"}] ${violation.help}`);
      lines.push(`    ${violation.helpUrl}`);
      for (const node of violation.nodes.slice(0, MAX_TARGETS)) {
        const why = node.any[0]?.message ?? node.all[0]?.message ?? node.none[0]?.message ?? "";
        lines.push(`    - ${node.target.join(" ")}${why ? `: ${why}` : ""}`);
      }
      if (violation.nodes.length > MAX_TARGETS) {
        lines.push(`    … and ${violation.nodes.length - MAX_TARGETS} more`);
      }
    }
  }
  return lines.join("\n");
}

/** Watches a test's pages; one per test. */
export class A11yWatch {
  private readonly checked = new Set<string>();
  private readonly pending = new Set<Promise<unknown>>();
  private readonly timers = new Map<Page, ReturnType<typeof setTimeout>>();
  private readonly pages = new Set<Page>();
  /** The check running on each page, which the next one waits for. */
  private readonly running = new Map<Page, Promise<TCheck | null>>();
  readonly found: TCheck[] = [];
  checks = 0;

  constructor(private readonly origin: string) {}

  watchContext(context: BrowserContext): void {
    context.pages().forEach((page) => this.watch(page));
    context.on("page", (page) => this.watch(page));
  }

  watch(page: Page): void {
    if (this.pages.has(page)) return;
    this.pages.add(page);
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) this.schedule(page);
    });
    page.on("close", () => {
      clearTimeout(this.timers.get(page));
      this.pages.delete(page);
    });
  }

  /** Patches browser.newContext (and so browser.newPage) for the test's duration; returns the undo. */
  watchBrowser(browser: Browser): () => void {
    const original = browser.newContext.bind(browser);
    browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
      const context = await original(...args);
      this.watchContext(context);
      return context;
    };
    return () => {
      browser.newContext = original;
    };
  }

  private schedule(page: Page): void {
    clearTimeout(this.timers.get(page));
    this.timers.set(
      page,
      setTimeout(() => {
        this.timers.delete(page);
        const run = this.check(page, "after navigation").then(
          (check) => this.record(check),
          () => undefined,
        );
        this.pending.add(run);
        void run.finally(() => this.pending.delete(run));
      }, SETTLE_MS),
    );
  }

  private record(check: TCheck | null): void {
    if (check && check.violations.length > 0) this.found.push(check);
  }

  private ours(page: Page): boolean {
    try {
      return new URL(page.url()).origin === this.origin;
    } catch {
      return false;
    }
  }

  /**
   * Checks the page once per state; null when it was checked already, closed or is another site.
   * One check at a time per page: axe refuses to start while another run is still going (the
   * check after a navigation and a test's own check can meet).
   */
  async check(page: Page, when: string): Promise<TCheck | null> {
    const previous = this.running.get(page) ?? Promise.resolve(null);
    const run = previous.catch(() => null).then(() => this.checkNow(page, when));
    this.running.set(page, run);
    try {
      return await run;
    } finally {
      if (this.running.get(page) === run) this.running.delete(page);
    }
  }

  private async checkNow(page: Page, when: string): Promise<TCheck | null> {
    for (let attempt = 0; ; attempt++) {
      try {
        if (page.isClosed()) return null;
        await settle(page);
        if (!this.ours(page)) return null;
        const state = await stateOf(page);
        if (this.checked.has(state)) return null;
        const results: TAxeResults = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        this.checked.add(state);
        this.checks++;
        return { url: results.url, when, violations: results.violations };
      } catch (error) {
        if (page.isClosed()) return null;
        // The page moved on under the check: look once more at where it went.
        if (navigatedAway(error) && attempt === 0) continue;
        if (navigatedAway(error) || /Timeout/i.test(String(error))) return null;
        throw error;
      }
    }
  }

  /** At the end of a test: the checks still running, then every open page as it was left. */
  async finish(checkPages: boolean): Promise<void> {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
    await Promise.race([
      Promise.all(this.pending),
      new Promise((resolve) => setTimeout(resolve, SETTLE_LIMIT_MS)),
    ]);
    if (!checkPages) return;
    const checks = await Promise.all(
      [...this.pages].map((page) => this.check(page, "end of test").catch(() => null)),
    );
    checks.forEach((check) => this.record(check));
  }
}
