-- DropIndex
DROP INDEX "Constraint_portfolioId_productId_idx";

-- AlterTable
ALTER TABLE "Request" ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "policySnapshot" JSONB;

-- CreateIndex
CREATE UNIQUE INDEX "Constraint_portfolioId_productId_kind_key" ON "Constraint"("portfolioId", "productId", "kind");
