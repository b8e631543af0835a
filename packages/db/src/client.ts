import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "./generated/prisma/client.ts";
import { reportQuery } from "./query-observers.ts";

/**
 * Password hashes stay in the database unless a query opts in with
 * `omit: { passwordHash: false }`: forgetting a `select` cannot leak them.
 */
const globalOmit = { user: { passwordHash: true } } as const;

/** One Prisma client per database; the driver adapter decides PostgreSQL or embedded PGlite. */
export function createPrismaClient(adapter: SqlDriverAdapterFactory) {
  const client = new PrismaClient({ adapter, omit: globalOmit, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => reportQuery(event.duration));
  return client;
}

/** The Prisma client as Stackvend configures it; code against this, not PrismaClient. */
export type TDb = ReturnType<typeof createPrismaClient>;
