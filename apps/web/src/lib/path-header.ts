/** Request header the proxy sets to the requested path, so server layouts can build a sign-in callback URL. */
export const PATH_HEADER = "x-stackvend-path";
