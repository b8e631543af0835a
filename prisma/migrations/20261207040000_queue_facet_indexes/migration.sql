-- The approval queue's filters: the portfolios and products with submitted requests, by a loose index scan.
CREATE INDEX "Request_status_portfolioId_idx" ON "Request"("status", "portfolioId");

CREATE INDEX "Request_status_productId_idx" ON "Request"("status", "productId");
