export { getTestDatabaseUrl } from "./database-url.ts";
export { createTestDatabase, type TTestDatabase } from "./test-database.ts";
export { findServerBinaries, startThrowawayCluster, type TThrowawayCluster } from "./throwaway-cluster.ts";
