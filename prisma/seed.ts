// `npx tsx prisma/seed.ts`: seeds the demo data into DATABASE_URL or the embedded data folder.
import path from "node:path";
import { seedDemo } from "@stackvend/api";
import { DEFAULT_DATA_DIR, openDatabase } from "@stackvend/db";

const dataDir = path.resolve(process.env.STACKVEND_DATA_DIR ?? DEFAULT_DATA_DIR);
const database = await openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir });
try {
  const result = await seedDemo(database.prisma);
  console.log(`Seeded ${result.users.length} demo users (password: ${result.password}).`);
} finally {
  await database.close();
}
process.exit(0);
