import { S3_BUCKET_TEMPLATE } from "../seed/templates/s3-bucket.ts";
import { ADMIN, unique, type TSeededDatabase } from "./integration.ts";

export const BROKEN_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Bucket:
    Type: AWS::S3::Buckett
`;

export const UNPARSEABLE_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Bucket: [unclosed
`;

/** The seeded S3 template with one more parameter, so versions differ. */
export const S3_V2_TEMPLATE = S3_BUCKET_TEMPLATE.replace(
  "\nParameters:\n",
  "\nParameters:\n  Team:\n    Type: String\n    Default: platform\n    AllowedValues: [platform, data]\n",
);

/** Lookups of the seeded groups and portfolios, and products created as the admin, for one seeded database. */
export function catalogAdminFixtures({ db, as }: TSeededDatabase) {
  async function ids() {
    const prisma = db().prisma;
    const [dev, prodGroup, development, production] = await Promise.all([
      prisma.group.findUniqueOrThrow({ where: { name: "Dev" } }),
      prisma.group.findUniqueOrThrow({ where: { name: "Prod" } }),
      prisma.portfolio.findUniqueOrThrow({ where: { name: "Development" } }),
      prisma.portfolio.findUniqueOrThrow({ where: { name: "Production" } }),
    ]);
    return {
      devGroupId: dev.id,
      prodGroupId: prodGroup.id,
      developmentId: development.id,
      productionId: production.id,
    };
  }

  async function createProduct(portfolioIds: string[] = [], source = S3_BUCKET_TEMPLATE) {
    const slug = unique("prod");
    const admin = await as(ADMIN);
    return admin.products.create({
      slug,
      name: `Product ${slug}`,
      description: "Test product",
      owner: "Test team",
      tags: ["Storage", "test"],
      portfolioIds,
      version: { label: "1.0.0", releaseNotes: "First.", source },
    });
  }

  return { ids, createProduct };
}
