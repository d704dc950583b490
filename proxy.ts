import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

/**
 * Every dashboard route needs a session; signed-out visitors go to /login and come back after.
 * API routes answer for themselves (UNAUTHORIZED), and the invitation and applicant pages are public.
 */
export async function proxy(req: NextRequest) {
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const login = new URL("/login", req.url);
  const target = req.nextUrl.pathname + req.nextUrl.search;
  if (target !== "/") login.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!login|invite|apply|api|_next|favicon\\.ico|.*\\.[a-z0-9]+$).*)"],
};
