export { getTestDatabaseUrl } from "./database-url.ts";
export {
  createEmbeddedTestDatabase,
  createTestDatabase,
  openAnotherInstance,
  type TTestDatabase,
} from "./test-database.ts";
export {
  findServerBinaries,
  freePort,
  startThrowawayCluster,
  type TThrowawayCluster,
} from "./throwaway-cluster.ts";
