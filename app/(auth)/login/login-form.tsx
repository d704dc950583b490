"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { InputField } from "@/components/ui/field";

interface DemoAccounts {
  password: string;
  users: ReadonlyArray<{ email: string; roleLabel: string }>;
}

export function LoginForm({ callbackUrl, demo }: { callbackUrl: string; demo: DemoAccounts | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await signIn("credentials", { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), redirect: false });
    setBusy(false);
    if (!result || result.error) {
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Email or password is incorrect.");
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <Card>
      <CardBody className="space-y-5 py-6">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">Sign in</h1>
          <p className="mt-1 text-sm text-slate-500">Use your work email and password.</p>
        </div>
        <form onSubmit={(e) => void submit(e)} className="space-y-4" noValidate>
          <InputField label="Email" name="email" type="email" autoComplete="username" required autoFocus />
          <InputField label="Password" name="password" type="password" autoComplete="current-password" required />
          {error && (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
              {error}
            </p>
          )}
          <Button type="submit" className="w-full" busy={busy}>
            Sign in
          </Button>
        </form>
        {demo && (
          <details className="rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-600">
            <summary className="cursor-pointer font-medium">Demo accounts (development)</summary>
            <ul className="mt-2 space-y-1">
              {demo.users.map((u) => (
                <li key={u.email}>
                  <code>{u.email}</code> · {u.roleLabel}
                </li>
              ))}
            </ul>
            <p className="mt-2">
              Password for all: <code>{demo.password}</code>
            </p>
          </details>
        )}
      </CardBody>
    </Card>
  );
}
