import path from "node:path";
import { defineConfig } from "prisma/config";

// DATABASE_URL is optional: without it Stackvend runs on embedded PGlite, and
// `prisma generate` needs no connection at all.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/stackvend" },
});
