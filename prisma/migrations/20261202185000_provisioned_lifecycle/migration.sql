-- AlterTable
ALTER TABLE "ProvisionedProduct" ADD COLUMN "stackArn" TEXT;

-- AlterTable
ALTER TABLE "Request" ADD COLUMN "stackArn" TEXT,
ADD COLUMN "carryOverIssues" JSONB;

-- CreateIndex
CREATE INDEX "ProvisionedProduct_productId_productVersionId_status_idx" ON "ProvisionedProduct"("productId", "productVersionId", "status");
