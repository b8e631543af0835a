-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "lastUsedAddress" TEXT;
