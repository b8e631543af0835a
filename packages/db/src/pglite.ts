import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * Every embedded database, on disk or in memory, is created here, so each
 * carries the extensions the migrations use (pg_trgm for the catalog's
 * substring search) exactly as a PostgreSQL server's contrib does.
 */
export function createPGlite(dataDir?: string): Promise<PGlite> {
  return PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
}
