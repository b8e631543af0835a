import type { TDb } from "@stackvend/db";
import { decideRequest } from "../services/approvals/decide-request.ts";
import { saveDraft } from "../services/orders/save-draft.ts";
import { submitOrder } from "../services/orders/submit-order.ts";
import type { TArtifactSigner } from "../services/artifacts/signing-key.ts";
import { resolveCaller, type TCaller } from "../services/shared/caller.ts";

async function callerOf(db: TDb, email: string): Promise<TCaller> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, sessionVersion: true },
  });
  const caller = await resolveCaller(db, { sessionUserId: user.id, sessionVersion: user.sessionVersion });
  if (!caller) throw new Error(`Demo user ${email} is disabled`);
  return caller;
}

async function versionOf(db: TDb, slug: string) {
  return db.productVersion.findFirstOrThrow({
    where: { product: { slug }, label: "1.0.0" },
    select: { id: true },
  });
}

/**
 * A few requests in different states, made through the same services a
 * person uses (validated, rendered, audited), so the approval workflow shows
 * at once. Only into a database with no requests yet.
 */
export async function seedDemoRequests(db: TDb, portfolios: Map<string, string>, signer: TArtifactSigner) {
  if ((await db.request.count()) > 0) return;
  const dev = await callerOf(db, "dev@stackvend.local");
  const dev2 = await callerOf(db, "dev2@stackvend.local");
  const prod = await callerOf(db, "prod@stackvend.local");
  const lead = await callerOf(db, "approver@stackvend.local");
  const security = await callerOf(db, "approver2@stackvend.local");
  const development = portfolios.get("Development")!;
  const production = portfolios.get("Production")!;
  const ec2 = await versionOf(db, "ec2-web-server");
  const s3 = await versionOf(db, "s3-bucket");
  const rds = await versionOf(db, "rds-postgres");
  const order = async (
    caller: TCaller,
    portfolioId: string,
    productVersionId: string,
    fields: { stackName: string; values: Record<string, string | string[]>; tags?: Record<string, string> },
    justification: string,
  ) => {
    const draft = await saveDraft(db, caller, {
      portfolioId,
      productVersionId,
      tags: {},
      ...fields,
      justification,
    });
    return submitOrder(db, caller, { id: draft.id, expectedVersion: draft.version }, signer);
  };
  const decide = async (
    caller: TCaller,
    id: string,
    decision: "APPROVE" | "REJECT" | "REQUEST_CHANGES",
    comment = "",
  ) => {
    const row = await db.request.findUniqueOrThrow({ where: { id }, select: { renderedDigest: true } });
    await decideRequest(db, caller, { id, decision, comment, digest: row.renderedDigest! }, signer);
  };

  // Waiting on a team lead.
  await order(
    dev,
    development,
    ec2.id,
    { stackName: "dana-sandbox", values: { KeyName: "dana-laptop", InstanceType: "t3.small" } },
    "Sandbox to try the new build pipeline.",
  );
  // Auto-approved: a bucket costs nothing a month before use.
  await order(
    dev2,
    development,
    s3.id,
    { stackName: "minjun-reports", values: { BucketPurpose: "reports" } },
    "Exports for the weekly report.",
  );
  // Sent back with a comment.
  const sentBack = await order(
    dev,
    development,
    ec2.id,
    { stackName: "dana-load-test", values: { KeyName: "dana-laptop", InstanceType: "t3.medium" } },
    "Load test for the checkout service.",
  );
  await decide(lead, sentBack.id, "REQUEST_CHANGES", "t3.small is enough for a load test this size.");
  // Past the team leads, waiting on Security.
  const database = await order(
    prod,
    production,
    rds.id,
    {
      stackName: "orders-db",
      values: { DBSubnetGroupName: "prod-db-subnets", VpcSecurityGroupIds: ["sg-0a1b2c3d4e5f60718"] },
      tags: { CostCenter: "1002" },
    },
    "Database for the orders service.",
  );
  await decide(lead, database.id, "APPROVE");
  // Approved by both stages.
  const web = await order(
    prod,
    production,
    ec2.id,
    {
      stackName: "storefront-web",
      values: { KeyName: "ops-key", InstanceType: "m5.large" },
      tags: { CostCenter: "1001" },
    },
    "Storefront web tier.",
  );
  await decide(lead, web.id, "APPROVE");
  await decide(security, web.id, "APPROVE", "Security groups reviewed.");
  // Rejected.
  const rejected = await order(
    prod,
    production,
    ec2.id,
    {
      stackName: "legacy-ftp",
      values: { KeyName: "ops-key", InstanceType: "t3.micro" },
      tags: { CostCenter: "1001" },
    },
    "FTP server for a partner.",
  );
  await decide(lead, rejected.id, "REJECT", "Use the managed SFTP service instead of an FTP server.");
}
