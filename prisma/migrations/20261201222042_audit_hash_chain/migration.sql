-- Audit events form one sha256 hash chain (packages/db/src/audit-chain).
--
-- Events written before this migration are NOT hashed here. Nothing protected them
-- while they were written, so hashing them now would let verification vouch for rows
-- that could have been changed before today. They keep hash NULL and verification
-- reports them as an "unchained legacy" prefix, counted apart from verified events.
-- They do get chain positions (in id order), so removing one still leaves a gap.

-- DropForeignKey
ALTER TABLE "AuditEvent" DROP CONSTRAINT "AuditEvent_actorId_fkey";

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "sequence" BIGINT;

-- Legacy events: positions 1..n in the order they were written, no hash.
UPDATE "AuditEvent" AS e
SET "sequence" = numbered.position
FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS position FROM "AuditEvent") AS numbered
WHERE e."id" = numbered."id";

ALTER TABLE "AuditEvent" ALTER COLUMN "sequence" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_sequence_key" ON "AuditEvent"("sequence");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
