// The session shape (user.id, user.roles) is declared beside the auth options; bring it into this program.
import type {} from "../../../../packages/auth/src/next-auth.d.ts";
