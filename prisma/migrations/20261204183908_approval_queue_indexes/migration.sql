-- DropIndex
DROP INDEX "Request_status_submittedAt_idx";

-- CreateIndex
CREATE INDEX "Approval_current_by_approver_idx" ON "Approval"("approverId", "requestId") WHERE ("supersededAt" IS NULL);

-- CreateIndex
CREATE INDEX "Request_queue_idx" ON "Request"("status", "submittedAt", "id", "requesterId", "expiresAt", "stageGroupId", "portfolioId", "productId");
