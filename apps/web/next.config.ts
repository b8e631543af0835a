import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const config: NextConfig = {
  reactStrictMode: true,
  // Lets two development servers of one checkout build side by side (NEXT_DIST_DIR=.next-b).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // `forbidden()` answers a signed-in user without a page's role with HTTP 403.
  experimental: { authInterrupts: true },
  transpilePackages: ["@stackvend/api", "@stackvend/auth", "@stackvend/cfn", "@stackvend/db"],
  // Native/WASM-backed server packages stay outside the bundle and load from node_modules.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/client",
    "@prisma/adapter-pg",
    "@prisma/schema-engine-wasm",
    "pg",
    "@aws-cdk/aws-service-spec",
    // Starts worker threads from its own files on disk (the engine's large-template pool).
    "piscina",
    // One copy per process, shared by the instrumentation hook and the routes.
    "prom-client",
    "pino",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(config);
