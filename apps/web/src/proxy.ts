import { NextResponse, type NextRequest } from "next/server";
import { PATH_HEADER } from "@/lib/path-header";
import { safeDecode } from "@/lib/search-params";

export function proxy(request: NextRequest) {
  // Next answers a path with malformed percent-encoding (`/requests/%ff`) with a 500; it is the client's error.
  if (safeDecode(request.nextUrl.pathname) === null) {
    return new NextResponse("Bad request: the address has malformed percent-encoding.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

// API routes too: a malformed tRPC path would otherwise be a 500 as well.
export const config = {
  matcher: ["/((?!_next/|favicon.ico|.*\\.[a-zA-Z0-9]+$).*)"],
};
