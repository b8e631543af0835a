-- AlterEnum
ALTER TYPE "Decision" ADD VALUE 'CHANGES_REQUESTED';

-- AlterEnum
ALTER TYPE "RequestStatus" ADD VALUE 'CHANGES_REQUESTED';
ALTER TYPE "RequestStatus" ADD VALUE 'EXPIRED';

-- DropIndex
DROP INDEX "Approval_requestId_stage_approverId_key";

-- AlterTable
ALTER TABLE "Approval" ADD COLUMN     "digest" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "round" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "supersededAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Portfolio" ADD COLUMN     "defaultApprovalPolicy" JSONB;

-- AlterTable
ALTER TABLE "Request" ADD COLUMN     "autoApproval" JSONB,
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "remindAt" TIMESTAMP(3),
ADD COLUMN     "renderedDigest" TEXT,
ADD COLUMN     "renderedFormat" "TemplateFormat",
ADD COLUMN     "renderedTemplate" TEXT,
ADD COLUMN     "round" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "stageEnteredAt" TIMESTAMP(3),
ADD COLUMN     "stageGroupId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Approval_requestId_round_approverId_key" ON "Approval"("requestId", "round", "approverId");

-- CreateIndex
CREATE INDEX "Request_status_stageGroupId_submittedAt_idx" ON "Request"("status", "stageGroupId", "submittedAt");

-- CreateIndex
CREATE INDEX "Request_status_expiresAt_idx" ON "Request"("status", "expiresAt");

-- Approval policies become ordered stages. A stored policy of N approvals
-- from a group reads as one stage of N approvals from that group; separation
-- of duties is no longer a setting (it always holds).
UPDATE "Constraint"
SET "definition" = jsonb_strip_nulls(jsonb_build_object(
  'stages', jsonb_build_array(jsonb_build_object(
    'name', 'Approval',
    'approverGroup', "definition"->'approverGroup',
    'required', COALESCE("definition"->'approvalsRequired', '1'::jsonb)
  )),
  'autoApprove', CASE WHEN ("definition"->>'autoApprove')::boolean THEN '{}'::jsonb END
))
WHERE "kind" = 'APPROVAL_POLICY' AND NOT ("definition" ? 'stages');

-- Requests submitted before submissions were rendered have nothing an
-- approver could sign off on: they go back to draft, values and all, for
-- their requester to submit again.
UPDATE "Request"
SET "status" = 'DRAFT', "submittedAt" = NULL, "policySnapshot" = NULL, "version" = "version" + 1
WHERE "status" = 'SUBMITTED' AND "renderedTemplate" IS NULL;

-- Decided requests keep their history as round 1 with the policy they were decided under.
UPDATE "Request" r
SET "round" = 1,
    "policySnapshot" = jsonb_build_object(
      'source', 'product',
      'stages', jsonb_build_array(jsonb_build_object(
        'name', 'Approval',
        'approverGroupId', (SELECT to_jsonb(g."id") FROM "Group" g WHERE g."name" = r."policySnapshot"->'approval'->>'approverGroup'),
        'approverGroupName', r."policySnapshot"->'approval'->'approverGroup',
        'required', COALESCE(r."policySnapshot"->'approval'->'approvalsRequired', '1'::jsonb)
      )),
      'expireAfterDays', NULL,
      'remindAfterHours', NULL,
      'launchRoleArn', r."policySnapshot"->'launchRoleArn'
    )
WHERE r."submittedAt" IS NOT NULL AND r."policySnapshot" ? 'approval';
