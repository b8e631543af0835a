// The session shape (user.id, user.roles) is declared beside the auth options; bring it into this program.
import type {} from "@stackvend/auth/next-auth";
