import type { TRole } from "./roles.ts";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; roles: TRole[]; sessionVersion: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    roles?: TRole[];
    sessionVersion?: number;
  }
}
