// `@stackvend/api/seed`: what seeds outside this package need (the repository's
// `prisma/seed.ts`, the catalog benchmark), so they publish through the same path as the app.
export { seedDemo, DEMO_PASSWORD, DEMO_USERS, type TSeedResult } from "./seed-demo.ts";
export { publishableTemplate } from "../services/products/publishable-template.ts";
export { EC2_WEB_SERVER_TEMPLATE } from "./templates/ec2-web-server.ts";
export { RDS_DATABASE_TEMPLATE } from "./templates/rds-database.ts";
export { S3_BUCKET_TEMPLATE } from "./templates/s3-bucket.ts";
