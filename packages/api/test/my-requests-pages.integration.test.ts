import { describe, expect, it } from "vitest";
import { DEV, DEV2, unique, useSeededDatabase } from "../src/testing/integration.ts";

const { db, as } = useSeededDatabase();

/** Drafts of the seeded S3 bucket for DEV2, oldest first. */
async function drafts(count: number) {
  const portfolioId = (await db().prisma.portfolio.findUniqueOrThrow({ where: { name: "Development" } })).id;
  const version = await db().prisma.productVersion.findFirstOrThrow({
    where: { product: { slug: "s3-bucket" }, status: "ACTIVE" },
  });
  const dev2 = await as(DEV2);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const draft = await dev2.orders.saveDraft({
      portfolioId,
      productVersionId: version.id,
      stackName: unique("page"),
      values: { BucketPurpose: "logs" },
    });
    ids.push(draft.id);
  }
  return ids;
}

describe("My requests in pages", () => {
  it("lists 25 newest first, then the older ones from the cursor, and says when there are no more", async () => {
    const made = await drafts(30);
    const dev2 = await as(DEV2);
    const all = (
      await db().prisma.request.findMany({
        where: { requester: { email: DEV2 } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      })
    ).map((r) => r.id);
    expect(all.length).toBeGreaterThan(25);

    const first = await dev2.requests.listMine();
    expect(first.items.map((r) => r.id)).toEqual(all.slice(0, 25));
    expect(first.items[0]!.id).toBe(made.at(-1));
    expect(first.nextCursor).toBe(all[24]);

    const second = await dev2.requests.listMine({ cursor: first.nextCursor!, limit: 25 });
    expect(second.items.map((r) => r.id)).toEqual(all.slice(25));
    expect(second.nextCursor).toBeNull();
  });

  it("gives an empty page, not someone else's requests, for a cursor that is not the caller's", async () => {
    const [theirs] = await drafts(1);
    const page = await (await as(DEV)).requests.listMine({ cursor: theirs!, limit: 25 });
    expect(page).toEqual({ items: [], nextCursor: null });
  });

  it("refuses an overlong cursor and a page larger than 200, naming the field", async () => {
    const dev = await as(DEV);
    await expect(dev.requests.listMine({ cursor: "x".repeat(65), limit: 25 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("cursor"),
    });
    await expect(dev.requests.listMine({ limit: 500 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("limit"),
    });
  });
});
