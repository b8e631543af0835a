import type { TRPCRouterRecord } from "@trpc/server";
import {
  countUnreadNotifications,
  getNotificationPreferences,
  listNotifications,
  markAllNotificationsRead,
  markNotificationsRead,
  setNotificationPreferences,
} from "../../services/notifications/inbox.ts";
import { protectedProcedure } from "../../trpc.ts";
import {
  ZListNotificationsInput,
  ZMarkNotificationsReadInput,
  ZSetNotificationPreferencesInput,
} from "./notifications.schema.ts";

/** The caller's own inbox and email choices; nobody reads another's. */
export const notificationsRouter = {
  list: protectedProcedure
    .input(ZListNotificationsInput)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.user, input)),
  unreadCount: protectedProcedure.query(({ ctx }) => countUnreadNotifications(ctx.db, ctx.user)),
  markRead: protectedProcedure
    .input(ZMarkNotificationsReadInput)
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.db, ctx.user, input.ids)),
  markAllRead: protectedProcedure.mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.user)),
  getPreferences: protectedProcedure.query(({ ctx }) =>
    getNotificationPreferences(ctx.db, ctx.user, ctx.notifications),
  ),
  setPreferences: protectedProcedure
    .input(ZSetNotificationPreferencesInput)
    .mutation(({ ctx, input }) => setNotificationPreferences(ctx.db, ctx.user, ctx.notifications, input)),
} satisfies TRPCRouterRecord;
