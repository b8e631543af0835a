import { z } from "zod";
import { ZId } from "../shared.schema.ts";

/** A group name exactly as the provider sends it in the groups claim (case matters). */
export const ZDirectoryGroup = z
  .string()
  .trim()
  .min(1, "directory group is required")
  .max(256, "directory group must be at most 256 characters");

export const ZCreateDirectoryMappingInput = z.object({
  directoryGroup: ZDirectoryGroup,
  groupIds: z.array(ZId).min(1, "choose at least one Stackvend group").max(50, "at most 50 groups at once"),
});

export const ZDeleteDirectoryMappingInput = z.object({ directoryGroup: ZDirectoryGroup, groupId: ZId });
