"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { InputField } from "@/components/ui/field";

export function AcceptInvitationForm({ token, email, accountExists }: { token: string; email: string; accountExists: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.invitation.accept.mutationOptions());
  const [mismatch, setMismatch] = useState<string | null>(null);
  const errors = fieldErrors(accept.error);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (!accountExists && password !== String(form.get("confirm") ?? "")) {
      setMismatch("The two passwords differ.");
      return;
    }
    setMismatch(null);
    const name = String(form.get("name") ?? "").trim();
    const result = await accept.mutateAsync({ token, password, ...(name ? { name } : {}) }).catch(() => null);
    if (!result) return;
    // Sign in straight into the organisation just joined, even if the account belongs to others too.
    await signIn("credentials", { email: result.email, password, orgId: result.orgId, redirect: false });
    router.replace("/");
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-4" noValidate>
      <InputField label="Email" value={email} readOnly disabled />
      {!accountExists && <InputField label="Your name" name="name" autoComplete="name" required error={errors.name} />}
      <InputField
        label={accountExists ? "Your password" : "Choose a password"}
        name="password"
        type="password"
        autoComplete={accountExists ? "current-password" : "new-password"}
        required
        error={errors.password}
        hint={accountExists ? "You already have an account: confirm it is you." : "At least 10 characters."}
      />
      {!accountExists && <InputField label="Repeat the password" name="confirm" type="password" autoComplete="new-password" required error={mismatch ?? undefined} />}
      {accept.error && !Object.keys(errors).length && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {errorMessage(accept.error)}
        </p>
      )}
      <Button type="submit" className="w-full" busy={accept.isPending}>
        {accountExists ? "Join the organisation" : "Create account and join"}
      </Button>
    </form>
  );
}
