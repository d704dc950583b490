import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DEMO_PASSWORD, DEMO_USERS } from "@/server/platform/demo-accounts";
import { readSession } from "@/server/platform/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths: an open redirect after sign-in would be a phishing aid.
  const target = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  if (await readSession()) redirect(target);
  const demo = process.env.NODE_ENV === "production" ? null : { password: DEMO_PASSWORD, users: DEMO_USERS.map(({ email, roleLabel }) => ({ email, roleLabel })) };
  return <LoginForm callbackUrl={target} demo={demo} />;
}
