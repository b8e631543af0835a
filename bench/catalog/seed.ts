/**
 * Seeds a benchmark catalog on top of the demo data: ~20 portfolios (the
 * demo's two plus generated ones, a subset granted to the Dev group) and
 * thousands of products with realistic names, descriptions and tags, each
 * with a real published version of one of the demo templates.
 *
 * Deterministic: the same count gives the same catalog, so runs compare.
 * Idempotent: every row has a fixed id and inserts skip rows already there.
 */
import {
  EC2_WEB_SERVER_TEMPLATE,
  publishableTemplate,
  RDS_DATABASE_TEMPLATE,
  DEMO_PASSWORD,
  S3_BUCKET_TEMPLATE,
  seedDemo,
} from "@stackvend/api/seed";
import { hashPassword } from "@stackvend/auth";
import type { Prisma, TDb } from "@stackvend/db";

/** A Dev requester with no requests at all: whose `/requests` is the signed-in shell, the pages' floor. */
export const SHELL_USER = "newcomer@stackvend.local";

export interface TBenchCatalog {
  /** Portfolios the Dev group (dev@stackvend.local) is granted, with their ids. */
  devPortfolios: { id: string; name: string }[];
  portfolios: number;
  products: number;
  /** Products the Dev requester can see (live, active version, in a granted portfolio). */
  visibleToDev: number;
}

/** Small deterministic PRNG (mulberry32), so every run seeds the same catalog. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
  };
}

const TEAMS = [
  "Payments",
  "Search",
  "Identity",
  "Data platform",
  "Machine learning",
  "Mobile",
  "Growth",
  "Observability",
  "Security",
  "Networking",
  "Billing",
  "Logistics",
  "Media",
  "Messaging",
  "Analytics",
  "Customer support",
  "Edge",
  "Integrations",
];

/** What a product is: a noun phrase, the template behind it and tags that describe it. */
const KINDS = [
  { what: "PostgreSQL database", template: "rds", tags: ["database", "rds", "postgres"] },
  { what: "read replica", template: "rds", tags: ["database", "rds", "replica"] },
  { what: "reporting database", template: "rds", tags: ["database", "rds", "analytics"] },
  { what: "Aurora cluster", template: "rds", tags: ["database", "aurora", "postgres"] },
  { what: "web server", template: "ec2", tags: ["compute", "ec2", "web"] },
  { what: "bastion host", template: "ec2", tags: ["compute", "ec2", "ssh", "network"] },
  { what: "build agent", template: "ec2", tags: ["compute", "ec2", "ci"] },
  { what: "Kafka broker", template: "ec2", tags: ["compute", "ec2", "kafka", "streaming"] },
  { what: "Redis cache node", template: "ec2", tags: ["compute", "cache", "redis"] },
  { what: "GPU training box", template: "ec2", tags: ["compute", "ec2", "gpu", "ml"] },
  { what: "API gateway node", template: "ec2", tags: ["compute", "web", "api"] },
  { what: "artifact bucket", template: "s3", tags: ["storage", "s3", "ci"] },
  { what: "log archive bucket", template: "s3", tags: ["storage", "s3", "logging"] },
  { what: "data lake bucket", template: "s3", tags: ["storage", "s3", "analytics"] },
  { what: "static site bucket", template: "s3", tags: ["storage", "s3", "web"] },
  { what: "backup vault bucket", template: "s3", tags: ["storage", "s3", "backup"] },
] as const;

const FLAVOURS = [
  "Hardened",
  "Minimal",
  "High-availability",
  "Cost-optimised",
  "Encrypted",
  "Multi-AZ",
  "Single-AZ",
  "Regional",
  "Private",
  "Burstable",
  "Compliant",
  "Ephemeral",
  "Long-term",
  "Sandbox",
];

const REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-northeast-2", "ap-southeast-1"];

const EXTRA_TAGS = ["pci", "gdpr", "internal", "experimental", "stable", "eu", "us", "apac", "team-owned"];

const SENTENCES = [
  "Tagged for cost allocation and wired to the central log archive.",
  "Defaults follow the platform team's baseline; change only what you need.",
  "Encrypted at rest with the account's default key and in transit with TLS.",
  "Sized for development workloads; ask the owners before using it for load tests.",
  "Backups run nightly and are kept for seven days.",
  "Alarms page the owning team during office hours.",
  "Comes with least-privilege security groups and no public access.",
  "Replaces the hand-written stacks some teams used before.",
  "Supported by the owners on their team channel.",
  "Deletion protection is on; terminating it needs an approved request.",
];

const PORTFOLIO_NAMES = [
  "Shared services",
  "Data and analytics",
  "Machine learning",
  "Networking",
  "Security tooling",
  "Payments platform",
  "Mobile backends",
  "Internal tools",
  "Edge and CDN",
  "Observability",
  "Messaging",
  "Sandbox",
  "Compliance",
  "Disaster recovery",
  "Partner integrations",
  "Archive",
  "Research",
  "Batch processing",
];

/** How many of the generated portfolios the Dev group is granted (besides Development). */
const DEV_EXTRA_GRANTS = 5;

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Ids shaped like the app's own (cuid-like, 25 characters), distinct per kind and index. */
function benchId(prefix: string, i: number): string {
  return `c${prefix}${i.toString(36).padStart(8, "0")}`.padEnd(25, "0");
}

export async function seedBenchCatalog(db: TDb, productCount: number): Promise<TBenchCatalog> {
  await seedDemo(db);
  const random = rng(20261122);
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@stackvend.local" } });
  const dev = await db.group.findUniqueOrThrow({ where: { name: "Dev" } });
  const prodGroup = await db.group.findUniqueOrThrow({ where: { name: "Prod" } });
  const newcomer = await db.user.upsert({
    where: { email: SHELL_USER },
    create: { email: SHELL_USER, name: "Noa Newcomer", passwordHash: await hashPassword(DEMO_PASSWORD) },
    update: {},
  });
  await db.groupMembership.upsert({
    where: { userId_groupId: { userId: newcomer.id, groupId: dev.id } },
    create: { userId: newcomer.id, groupId: dev.id },
    update: {},
  });

  // Portfolios: the demo's Development and Production plus generated ones; Dev gets a subset.
  const generated = PORTFOLIO_NAMES.map((name, i) => ({
    id: benchId("pf", i),
    name,
    description: `${name} products maintained by the platform and owning teams.`,
    owner: `${TEAMS[i % TEAMS.length]} team`,
    // One archived portfolio: its products must not show even if granted.
    archivedAt: name === "Archive" ? new Date("2026-01-01T00:00:00Z") : null,
  }));
  await db.portfolio.createMany({ data: generated, skipDuplicates: true });
  const devGranted = [...generated.slice(0, DEV_EXTRA_GRANTS), generated.find((p) => p.name === "Archive")!];
  await db.portfolioAccess.createMany({
    data: [
      ...devGranted.map((p) => ({ portfolioId: p.id, groupId: dev.id, grantedById: admin.id })),
      ...generated
        .slice(DEV_EXTRA_GRANTS)
        .map((p) => ({ portfolioId: p.id, groupId: prodGroup.id, grantedById: admin.id })),
    ],
    skipDuplicates: true,
  });
  const all = await db.portfolio.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });

  // Each distinct template goes through the app's publishing path once; every row reuses the result.
  const published = {
    ec2: publishableTemplate(EC2_WEB_SERVER_TEMPLATE),
    rds: publishableTemplate(RDS_DATABASE_TEMPLATE),
    s3: publishableTemplate(S3_BUCKET_TEMPLATE),
  };

  const BATCH = 500;
  const slugs = new Set<string>();
  for (let start = 0; start < productCount; start += BATCH) {
    const products: Prisma.ProductCreateManyInput[] = [];
    const versions: Prisma.ProductVersionCreateManyInput[] = [];
    const links: Prisma.PortfolioProductCreateManyInput[] = [];
    for (let i = start; i < Math.min(productCount, start + BATCH); i++) {
      const kind = random.pick(KINDS);
      const team = random.pick(TEAMS);
      const flavour = random.pick(FLAVOURS);
      const base = `${flavour} ${kind.what} for ${team}`;
      let slug = slugify(base).slice(0, 56);
      let name = base;
      if (slugs.has(slug)) {
        const region = REGIONS[i % REGIONS.length]!;
        name = `${base} (${region})`;
        slug = `${slug}-${i.toString(36)}`;
      }
      slugs.add(slug);
      const id = benchId("pr", i);
      const tags = [
        ...new Set([...kind.tags, slugify(team), ...(random.next() < 0.3 ? [random.pick(EXTRA_TAGS)] : [])]),
      ];
      const description = `${flavour} ${kind.what} owned by the ${team} team. ${random.pick(SENTENCES)} ${random.pick(SENTENCES)}`;
      // ~1% archived, gone for requesters.
      const archivedAt = random.next() < 0.01 ? new Date("2026-06-01T00:00:00Z") : null;
      const created = new Date(Date.UTC(2025, 0, 1) + i * 60_000);
      products.push({
        id,
        slug,
        name,
        description,
        owner: `${team} team`,
        tags,
        archivedAt,
        createdAt: created,
      });
      const versionBase = { productId: id, ...published[kind.template], createdById: admin.id };
      // ~15% have an older, deprecated version; ~2% only a deprecated one (not orderable, hidden).
      const shape = random.next();
      if (shape < 0.15) {
        versions.push({
          ...versionBase,
          id: benchId("vo", i),
          label: "1.0.0",
          releaseNotes: "First release.",
          status: "DEPRECATED",
          deprecatedAt: new Date(created.getTime() + 86_400_000),
          createdAt: created,
        });
        versions.push({
          ...versionBase,
          id: benchId("pv", i),
          label: "1.1.0",
          releaseNotes: "Tighter defaults and clearer parameter labels.",
          createdAt: new Date(created.getTime() + 2 * 86_400_000),
        });
      } else {
        versions.push({
          ...versionBase,
          id: benchId("pv", i),
          label: "1.0.0",
          releaseNotes: "First release.",
          status: shape < 0.17 ? "DEPRECATED" : "ACTIVE",
          createdAt: created,
        });
      }
      // Spread over every portfolio; ~10% also sit in a second one.
      const first = all[random.int(all.length)]!;
      links.push({ portfolioId: first.id, productId: id });
      if (random.next() < 0.1) {
        const second = all[random.int(all.length)]!;
        if (second.id !== first.id) links.push({ portfolioId: second.id, productId: id });
      }
    }
    await db.product.createMany({ data: products, skipDuplicates: true });
    await db.productVersion.createMany({ data: versions, skipDuplicates: true });
    await db.portfolioProduct.createMany({ data: links, skipDuplicates: true });
  }
  // What autovacuum does soon after a bulk load: statistics, and the GIN indexes' pending lists
  // merged. Measured without it, the planner costs the trigram indexes out (a search for a word no
  // product has scans the whole table: 17 ms at 10,000 products instead of 1.5 ms).
  await db.$executeRawUnsafe("VACUUM ANALYZE");

  const devPortfolios = await db.portfolio.findMany({
    where: { archivedAt: null, access: { some: { groupId: dev.id } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const visibleToDev = await db.product.count({
    where: {
      archivedAt: null,
      versions: { some: { status: "ACTIVE" } },
      portfolios: { some: { portfolioId: { in: devPortfolios.map((p) => p.id) } } },
    },
  });
  return {
    devPortfolios,
    portfolios: await db.portfolio.count(),
    products: await db.product.count(),
    visibleToDev,
  };
}
