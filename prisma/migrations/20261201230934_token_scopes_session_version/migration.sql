-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- Tokens are scoped and always expire now. Tokens made before scopes existed
-- could do everything their owner could; they keep reading only (a new token
-- with the scopes a script needs replaces them), and expire within 90 days.
UPDATE "ApiToken" SET "scopes" = ARRAY['read']::TEXT[] WHERE cardinality("scopes") = 0;
UPDATE "ApiToken" SET "expiresAt" = CURRENT_TIMESTAMP + INTERVAL '90 days'
WHERE "revokedAt" IS NULL AND ("expiresAt" IS NULL OR "expiresAt" > CURRENT_TIMESTAMP + INTERVAL '365 days');
