import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { findActiveMembership } from "./memberships";
import { authenticate } from "./sign-in";

const ZCredentials = z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(200), orgId: z.uuid().optional() });
const ZSwitchOrg = z.object({ orgId: z.uuid() });

declare module "next-auth" {
  interface Session {
    userId: string;
    orgId: string | null;
  }
  interface User {
    orgId: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    orgId?: string | null;
  }
}

/**
 * Credentials sign-in with a JWT session carrying the user and the current organisation. The role
 * is deliberately not trusted from the token: every org-scoped call re-reads the membership.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const parsed = ZCredentials.safeParse(credentials);
        if (!parsed.success) throw new Error("Enter your email and password.");
        const result = await authenticate(getDb(), parsed.data.email, parsed.data.password);
        // next-auth passes a thrown message to the sign-in form as its `error`.
        if (!result.ok) throw new Error(result.message);
        const preferred = parsed.data.orgId ? await findActiveMembership(getDb(), result.user.id, parsed.data.orgId) : null;
        const orgId = preferred && parsed.data.orgId ? parsed.data.orgId : (result.defaultOrg?.orgId ?? null);
        return { id: result.user.id, email: result.user.email, name: result.user.name, orgId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      if (user) {
        token.userId = user.id;
        token.orgId = user.orgId;
      }
      if (trigger === "update" && token.userId) {
        const parsed = ZSwitchOrg.safeParse(session);
        if (parsed.success && (await findActiveMembership(getDb(), token.userId, parsed.data.orgId))) token.orgId = parsed.data.orgId;
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.userId ?? "";
      session.orgId = token.orgId ?? null;
      return session;
    },
  },
};
