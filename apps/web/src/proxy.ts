import { NextResponse, type NextRequest } from "next/server";
import { PATH_HEADER } from "@/lib/path-header";
import { safeDecode } from "@/lib/search-params";
import { contentSecurityPolicy, crossOriginRefusal } from "@/lib/security-headers";

export function proxy(request: NextRequest) {
  // Next answers a path with malformed percent-encoding (`/requests/%ff`) with a 500; it is the client's error.
  if (safeDecode(request.nextUrl.pathname) === null) {
    return new NextResponse("Bad request: the address has malformed percent-encoding.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const refused = request.nextUrl.pathname.startsWith("/api/") ? crossOriginRefusal(request) : undefined;
  if (refused) return refused;
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  // Pages show a signed-in user's data and the API answers per caller: no shared or browser cache keeps them.
  response.headers.set("cache-control", "no-store");
  return response;
}

// API routes too: a malformed tRPC path would otherwise be a 500 as well. Procedure paths end in
// `.<name>` and so skip the proxy, as Next would read their whole body first: the tRPC route
// bounds bodies while reading and checks the Origin itself.
export const config = {
  matcher: ["/((?!_next/|favicon.ico|.*\\.[a-zA-Z0-9]+$).*)"],
};
