import type { TestProject } from "vitest/node";
import type {} from "./database-url.ts";
import { startThrowawayCluster } from "./throwaway-cluster.ts";

/**
 * vitest globalSetup: the PostgreSQL server integration tests create their
 * databases on. CI passes DATABASE_URL; a developer's run gets a throwaway
 * cluster started here and stopped when the run ends.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const url = process.env.DATABASE_URL;
  if (url) {
    project.provide("databaseUrl", url);
    return undefined;
  }
  const cluster = await startThrowawayCluster();
  project.provide("databaseUrl", cluster.url);
  return () => cluster.stop();
}
