import NextAuth, { type NextAuthOptions, type Session } from "next-auth";

/** A browser's cookies for one site: what `Set-Cookie` stored, sent back as `Cookie`. */
export class CookieJar {
  readonly values = new Map<string, string>();

  store(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = decodeURIComponent(pair.slice(eq + 1).trim());
      const expired = attributes.some((a) => {
        const [k = "", v = ""] = a.trim().split("=");
        if (k.toLowerCase() === "max-age") return Number(v) <= 0;
        if (k.toLowerCase() === "expires") return new Date(v).getTime() <= Date.now();
        return false;
      });
      if (expired || value === "") this.values.delete(name);
      else this.values.set(name, value);
    }
  }

  header(): string {
    return [...this.values].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("; ");
  }

  clone(): CookieJar {
    const copy = new CookieJar();
    for (const [k, v] of this.values) copy.values.set(k, v);
    return copy;
  }
}

export interface TAuthResponse {
  status: number;
  location: string | undefined;
  body: unknown;
}

/** The app's base URL next-auth assumes when NEXTAUTH_URL is unset. */
export const TEST_APP_URL = "http://localhost:3000";

/**
 * Calls next-auth's own API route handler in-process, as Next.js would for
 * `/api/auth/<action>/<provider>`, with the jar's cookies; stores the cookies
 * it sets.
 */
export async function callNextAuth(
  options: NextAuthOptions,
  jar: CookieJar,
  {
    method = "GET",
    action,
    query = {},
    body,
  }: {
    method?: "GET" | "POST";
    action: string[];
    query?: Record<string, string>;
    body?: Record<string, string>;
  },
): Promise<TAuthResponse> {
  const headers = new Map<string, string | string[]>();
  let status = 200;
  let sent: unknown;
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    setHeader(name: string, value: string | string[]) {
      headers.set(name.toLowerCase(), value);
      return res;
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    end() {},
    json(value: unknown) {
      sent = value;
    },
    send(value: unknown) {
      sent = value;
    },
  };
  const req = {
    method,
    query: { ...query, nextauth: action },
    body,
    cookies: Object.fromEntries(jar.values),
    headers: {
      host: new URL(TEST_APP_URL).host,
      cookie: jar.header(),
      "content-type": "application/x-www-form-urlencoded",
    },
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: NextAuthOptions) => Promise<void>)(
    req,
    res,
    options,
  );
  const setCookie = headers.get("set-cookie");
  jar.store(Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []);
  const location = headers.get("location");
  return { status, location: typeof location === "string" ? location : undefined, body: sent };
}

/** Follows the provider's redirects like a browser, filling in its login (and consent) forms. */
async function loginAtProvider(authorizationUrl: string, login: string, jar: CookieJar, stopAt: string) {
  let url = authorizationUrl;
  let init: RequestInit = { method: "GET" };
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(stopAt)) return url;
    const response = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...init.headers, cookie: jar.header() },
    });
    jar.store(response.headers.getSetCookie());
    const next = response.headers.get("location");
    if (next) {
      url = new URL(next, url).toString();
      init = { method: "GET" };
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!response.ok || !action || !prompt) {
      throw new Error(`the provider answered ${response.status} at ${url}: ${html.slice(0, 300)}`);
    }
    url = new URL(action.replaceAll("&amp;", "&"), url).toString();
    init = {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ prompt, login, password: "any" }).toString(),
    };
  }
  throw new Error("the provider redirected too many times");
}

export interface TProviderSignIn {
  /** Where next-auth sent the browser after the callback. */
  location: string | undefined;
  /** `?error=` of that location, when the sign-in failed. */
  error: string | null;
  /** The session next-auth reports afterwards (null when not signed in). */
  session: Session | null;
  /** The provider's redirect back to Stackvend (code and state), for replay tests. */
  callback: URL;
  /** The app's cookies as they stood when the callback was made. */
  cookiesAtCallback: CookieJar;
  appCookies: CookieJar;
}

/**
 * A whole sign-in through the provider as a browser does it: CSRF token, the
 * sign-in POST to next-auth, the provider's login page, the callback. The
 * `beforeCallback` hook can tamper with the callback (replay tests).
 */
export async function signInThroughProvider(
  options: NextAuthOptions,
  { login, providerId = "oidc" }: { login: string; providerId?: string },
): Promise<TProviderSignIn> {
  const appCookies = new CookieJar();
  const csrf = await callNextAuth(options, appCookies, { action: ["csrf"] });
  const { csrfToken } = csrf.body as { csrfToken: string };
  const start = await callNextAuth(options, appCookies, {
    method: "POST",
    action: ["signin", providerId],
    body: { csrfToken, callbackUrl: `${TEST_APP_URL}/` },
  });
  if (!start.location) throw new Error(`next-auth did not redirect to the provider (status ${start.status})`);
  const redirectUri = `${TEST_APP_URL}/api/auth/callback/${providerId}`;
  const callback = new URL(await loginAtProvider(start.location, login, new CookieJar(), redirectUri));
  const cookiesAtCallback = appCookies.clone();
  const done = await completeCallback(options, appCookies, callback, providerId);
  return { ...done, callback, cookiesAtCallback, appCookies };
}

/** Sends the provider's redirect to next-auth's callback, then reads the session. */
export async function completeCallback(
  options: NextAuthOptions,
  jar: CookieJar,
  callback: URL,
  providerId = "oidc",
): Promise<{ location: string | undefined; error: string | null; session: Session | null }> {
  const result = await callNextAuth(options, jar, {
    action: ["callback", providerId],
    query: Object.fromEntries(callback.searchParams),
  });
  const session = await callNextAuth(options, jar, { action: ["session"] });
  const body = session.body as Session | Record<string, never> | undefined;
  return {
    location: result.location,
    error: result.location ? new URL(result.location, TEST_APP_URL).searchParams.get("error") : null,
    session: body && "user" in body ? (body as Session) : null,
  };
}
