-- AlterTable
ALTER TABLE "ProductVersion" DROP COLUMN "formModel";
