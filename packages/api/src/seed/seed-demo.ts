import { hashPassword, type TRole } from "@stackvend/auth";
import type { Prisma, TDb } from "@stackvend/db";
import type { TApprovalPolicyDefinition } from "../services/approvals/approval-policy.ts";
import { processSigningKey, type TArtifactSigner } from "../services/artifacts/signing-key.ts";
import { publishableTemplate } from "../services/products/publishable-template.ts";
import { seedDemoRequests } from "./seed-demo-requests.ts";
import { EC2_WEB_SERVER_TEMPLATE } from "./templates/ec2-web-server.ts";
import { RDS_DATABASE_TEMPLATE } from "./templates/rds-database.ts";
import { S3_BUCKET_TEMPLATE } from "./templates/s3-bucket.ts";

/** Printed at start and in the README; turn the seed off (STACKVEND_SEED=off) anywhere real. */
export const DEMO_PASSWORD = "stackvend-demo";

const GROUPS: { name: string; description: string; roles: TRole[] }[] = [
  { name: "Admins", description: "Catalog administrators", roles: ["ADMIN"] },
  { name: "Approvers", description: "Team leads who approve infrastructure requests", roles: ["APPROVER"] },
  {
    name: "Security",
    description: "Security reviewers, the second stage in Production",
    roles: ["APPROVER"],
  },
  { name: "Dev", description: "Development teams", roles: ["REQUESTER"] },
  { name: "Prod", description: "Production operations", roles: ["REQUESTER"] },
];

export const DEMO_USERS = [
  { email: "admin@stackvend.local", name: "Ada Admin", groups: ["Admins"] },
  { email: "approver@stackvend.local", name: "Alex Approver", groups: ["Approvers"] },
  { email: "approver2@stackvend.local", name: "Bora Kim", groups: ["Approvers", "Security"] },
  { email: "dev@stackvend.local", name: "Dana Developer", groups: ["Dev"] },
  { email: "dev2@stackvend.local", name: "Minjun Lee", groups: ["Dev"] },
  { email: "prod@stackvend.local", name: "Pat Operator", groups: ["Prod"] },
] as const;

const PORTFOLIOS = [
  {
    name: "Development",
    description: "Sandboxed building blocks for development accounts.",
    owner: "Platform team",
    groups: ["Dev"],
  },
  {
    name: "Production",
    description: "Hardened products for production accounts.",
    owner: "Platform team",
    groups: ["Prod"],
  },
];

const PRODUCTS = [
  {
    slug: "s3-bucket",
    name: "S3 bucket",
    description: "A private, encrypted, versioned bucket that refuses plain HTTP.",
    owner: "Storage team",
    tags: ["storage", "s3"],
    source: S3_BUCKET_TEMPLATE,
    portfolios: ["Development", "Production"],
  },
  {
    slug: "ec2-web-server",
    name: "EC2 web server",
    description: "A single Amazon Linux web server with Apache and restricted SSH.",
    owner: "Compute team",
    tags: ["compute", "ec2", "web"],
    source: EC2_WEB_SERVER_TEMPLATE,
    portfolios: ["Development", "Production"],
  },
  {
    slug: "rds-postgres",
    name: "PostgreSQL database",
    description: "Amazon RDS for PostgreSQL with encrypted storage and backups.",
    owner: "Data team",
    tags: ["database", "rds", "postgres"],
    source: RDS_DATABASE_TEMPLATE,
    portfolios: ["Production"],
  },
];

const TAG_OPTIONS = [
  { key: "CostCenter", value: "1001", description: "Platform" },
  { key: "CostCenter", value: "1002", description: "Product engineering" },
  { key: "Environment", value: "dev", description: "Development" },
  { key: "Environment", value: "prod", description: "Production" },
];

/** The demo's approval policies: one stage in Development, auto-approval for cheap buckets, two stages in Production. */
export const DEMO_POLICIES = {
  devServers: { stages: [{ name: "Team leads", approverGroup: "Approvers", required: 1 }] },
  devBuckets: {
    stages: [{ name: "Team leads", approverGroup: "Approvers", required: 1 }],
    autoApprove: { maxMonthlyCost: 10 },
  },
  production: {
    stages: [
      { name: "Team leads", approverGroup: "Approvers", required: 1 },
      { name: "Security", approverGroup: "Security", required: 1 },
    ],
    expireAfterDays: 14,
    remindAfterHours: 24,
  },
} satisfies Record<string, TApprovalPolicyDefinition>;

/** Who decides what in the demo, printed at start. */
export const DEMO_DECIDERS = [
  "Development servers: one approval from Approvers (approver@, approver2@)",
  "Development buckets: auto-approved up to $10/month, otherwise one from Approvers",
  "Production: Approvers, then Security (approver2@); nobody decides both stages",
  "admin@ may decide any stage, never of a request of their own",
];

export interface TSeedResult {
  users: { email: string; name: string; roles: TRole[] }[];
  password: string;
}

/** Idempotent: every row is upserted by a fixed key, so running it twice changes nothing. */
/** `signer` signs the demo's approved artifacts; absent (scripts, tests), a key made for this process. */
export async function seedDemo(db: TDb, signer: TArtifactSigner = processSigningKey()): Promise<TSeedResult> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const groups = new Map<string, string>();
  for (const g of GROUPS) {
    const row = await db.group.upsert({ where: { name: g.name }, create: g, update: {} });
    groups.set(g.name, row.id);
  }
  const users = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const row = await db.user.upsert({
      where: { email: u.email },
      create: { email: u.email, name: u.name, passwordHash },
      update: {},
    });
    users.set(u.email, row.id);
    for (const groupName of u.groups) {
      const groupId = groups.get(groupName)!;
      await db.groupMembership.upsert({
        where: { userId_groupId: { userId: row.id, groupId } },
        create: { userId: row.id, groupId },
        update: {},
      });
    }
  }
  const adminId = users.get("admin@stackvend.local");
  const portfolios = new Map<string, string>();
  for (const p of PORTFOLIOS) {
    const row = await db.portfolio.upsert({
      where: { name: p.name },
      create: { name: p.name, description: p.description, owner: p.owner },
      update: {},
    });
    portfolios.set(p.name, row.id);
    for (const groupName of p.groups) {
      const groupId = groups.get(groupName)!;
      await db.portfolioAccess.upsert({
        where: { portfolioId_groupId: { portfolioId: row.id, groupId } },
        create: { portfolioId: row.id, groupId, grantedById: adminId },
        update: {},
      });
    }
  }
  for (const t of TAG_OPTIONS) {
    await db.tagOption.upsert({
      where: { key_value: { key: t.key, value: t.value } },
      create: t,
      update: {},
    });
  }
  const products = new Map<string, string>();
  for (const p of PRODUCTS) {
    const { source, portfolios: inPortfolios, ...fields } = p;
    const product = await db.product.upsert({ where: { slug: p.slug }, create: fields, update: {} });
    products.set(p.slug, product.id);
    const version = { productId_label: { productId: product.id, label: "1.0.0" } };
    // Validating loads the resource specification (~1 s): only when the version is still missing.
    if (!(await db.productVersion.findUnique({ where: version, select: { id: true } }))) {
      await db.productVersion.upsert({
        where: version,
        create: {
          productId: product.id,
          label: "1.0.0",
          releaseNotes: "First release.",
          // Published like an upload: a demo template that fails validation stops the seed.
          ...publishableTemplate(source),
          createdById: adminId,
        },
        update: {},
      });
    }
    for (const portfolioName of inPortfolios) {
      const portfolioId = portfolios.get(portfolioName)!;
      await db.portfolioProduct.upsert({
        where: { portfolioId_productId: { portfolioId, productId: product.id } },
        create: { portfolioId, productId: product.id },
        update: {},
      });
    }
  }
  await seedConstraints(db, portfolios, products);
  await seedDemoRequests(db, portfolios, signer);
  return {
    password: DEMO_PASSWORD,
    users: DEMO_USERS.map((u) => ({
      email: u.email,
      name: u.name,
      roles: GROUPS.filter((g) => (u.groups as readonly string[]).includes(g.name)).flatMap((g) => g.roles),
    })),
  };
}

async function seedConstraints(db: TDb, portfolios: Map<string, string>, products: Map<string, string>) {
  const dev = portfolios.get("Development")!;
  const prod = portfolios.get("Production")!;
  const ec2 = products.get("ec2-web-server")!;
  const constraints: Prisma.ConstraintCreateManyInput[] = [
    {
      portfolioId: dev,
      productId: ec2,
      kind: "PARAMETER_VALUES",
      description: "Development runs on burstable t3 instances only.",
      definition: {
        parameters: [{ parameter: "InstanceType", allowedValues: ["t3.micro", "t3.small", "t3.medium"] }],
      },
    },
    {
      portfolioId: dev,
      productId: ec2,
      kind: "APPROVAL_POLICY",
      description: "Development servers need a team lead's approval.",
      definition: DEMO_POLICIES.devServers,
    },
    {
      portfolioId: dev,
      productId: products.get("s3-bucket")!,
      kind: "APPROVAL_POLICY",
      description: "Development buckets are approved at once while they cost at most $10 a month.",
      definition: DEMO_POLICIES.devBuckets,
    },
    ...[...products.values()].flatMap((productId) => [
      {
        portfolioId: prod,
        productId,
        kind: "APPROVAL_POLICY" as const,
        description: "Production changes need a team lead, then a security reviewer.",
        definition: DEMO_POLICIES.production,
      },
      {
        portfolioId: prod,
        productId,
        kind: "REQUIRED_TAGS" as const,
        description: "Production stacks carry a cost center.",
        definition: { keys: ["CostCenter"] },
      },
    ]),
  ];
  for (const c of constraints) {
    const exists = await db.constraint.findFirst({
      where: { portfolioId: c.portfolioId, productId: c.productId, kind: c.kind },
      select: { id: true },
    });
    if (!exists) await db.constraint.create({ data: c });
  }
}
