import { afterAll, beforeAll } from "vitest";
import type { TDb } from "@stackvend/db";
import {
  createEmbeddedTestDatabase,
  createTestDatabase,
  getTestDatabaseUrl,
  type TTestDatabase,
} from "@stackvend/db/testing";
import { seedDemo } from "../seed/seed-demo.ts";
import { callerAs } from "./callers.ts";

export const ADMIN = "admin@stackvend.local";
export const APPROVER = "approver@stackvend.local";
export const DEV = "dev@stackvend.local";
export const DEV2 = "dev2@stackvend.local";
export const PROD = "prod@stackvend.local";

/**
 * A fresh database with the demo data for one test file, dropped afterwards.
 * Call at the top level of the file; use the returned accessors inside tests.
 */
export function useSeededDatabase() {
  let database: TTestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(getTestDatabaseUrl());
    await seedDemo(database.prisma);
  });
  afterAll(async () => {
    await database?.drop();
  });
  const db = () => {
    if (!database) throw new Error("useSeededDatabase: the database is only ready inside tests");
    return database;
  };
  return { db, as: (email: string | null) => callerAs(db().prisma, email) };
}

export type TSeededDatabase = ReturnType<typeof useSeededDatabase>;

/**
 * The same on an in-memory embedded database (PGlite), for the tests that
 * check where it behaves differently; closed afterwards.
 */
export function useSeededEmbeddedDatabase() {
  let database: Awaited<ReturnType<typeof createEmbeddedTestDatabase>> | undefined;
  beforeAll(async () => {
    database = await createEmbeddedTestDatabase();
    await seedDemo(database.prisma);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });
  return (): TDb => {
    if (!database) throw new Error("useSeededEmbeddedDatabase: the database is only ready inside tests");
    return database.prisma;
  };
}

let counter = 0;
/** Unique per call and per run, so tests never collide on names. */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

export interface TFailure {
  code: string;
  appCode?: string;
  message: string;
  fieldErrors: Record<string, string[]>;
}

/** The tRPC error a call ends with, with the domain code and field errors when there are any. */
export async function failure(promise: Promise<unknown>): Promise<TFailure> {
  const error = await promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: unknown) =>
      e as {
        code: string;
        message: string;
        cause?: { code?: string; fieldErrors?: Record<string, string[]> };
      },
  );
  return {
    code: error.code,
    appCode: error.cause?.code,
    message: error.message,
    fieldErrors: error.cause?.fieldErrors ?? {},
  };
}
