"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useCan } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { choiceOptions, parseChoice, type Choice } from "@/components/ui/choices";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { InputField, SelectField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { borrowerName, type BorrowerInput, type BorrowerRow, type NationalIdType } from "./types";

const KIND: Record<BorrowerInput["kind"], Choice> = { person: { label: "Person" }, business: { label: "Business" } };
const ID_TYPE: Record<NationalIdType, Choice> = {
  za_id: { label: "South African ID" },
  passport: { label: "Passport" },
  national_id: { label: "Other national ID" },
  company_registration: { label: "Company registration" },
  other: { label: "Other" },
};
const ID_TYPE_OPTIONS = [{ value: "", label: "None" }, ...choiceOptions(ID_TYPE)];

/** The form's text, as the server expects it: blanks become nulls there. */
function read(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** Create (no borrower) or edit; a person's and a business's fields switch with the kind. */
export function BorrowerForm({ borrower }: { borrower?: BorrowerRow }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const canEdit = useCan("credit_officer");
  const [kind, setKind] = useState<BorrowerInput["kind"]>(borrower?.kind ?? "person");
  const done = (row: BorrowerRow, verb: string) => {
    toast.success(`${borrowerName(row)} ${verb}.`);
    void queryClient.invalidateQueries(trpc.borrowers.pathFilter());
  };
  const create = useMutation(
    trpc.borrowers.create.mutationOptions({
      onSuccess: (row) => {
        done(row, "added");
        router.push(`/borrowers/${row.id}`);
      },
    }),
  );
  const update = useMutation(trpc.borrowers.update.mutationOptions({ onSuccess: (row) => done(row, "saved") }));
  const save = borrower ? update : create;
  // Updates nest the details under `details`; the form's fields are named without the prefix.
  const errors = Object.fromEntries(Object.entries(fieldErrors(save.error)).map(([key, message]) => [key.replace(/^details\./, ""), message]));
  const person = kind === "person";
  const field = (name: keyof BorrowerRow) => ({ name, defaultValue: borrower?.[name]?.toString() ?? "", error: errors[name] });

  function submit(form: FormData) {
    const details: BorrowerInput = {
      kind,
      firstName: person ? read(form, "firstName") : null,
      lastName: person ? read(form, "lastName") : null,
      dateOfBirth: person ? read(form, "dateOfBirth") : null,
      registeredName: person ? null : read(form, "registeredName"),
      registrationNumber: person ? null : read(form, "registrationNumber"),
      nationalIdNumber: read(form, "nationalIdNumber"),
      nationalIdType: parseChoice(ID_TYPE, String(form.get("nationalIdType") ?? "")) ?? null,
      email: read(form, "email"),
      phone: read(form, "phone"),
      addressLine1: read(form, "addressLine1"),
      addressLine2: read(form, "addressLine2"),
      city: read(form, "city"),
      region: read(form, "region"),
      postalCode: read(form, "postalCode"),
      country: read(form, "country")?.toUpperCase() ?? null,
    };
    if (borrower) update.mutate({ borrowerId: borrower.id, details });
    else create.mutate(details);
  }

  return (
    <Card>
      <CardHeader title="Details" description="Editable at any time: applications use the details as they are when they are completed." />
      <CardBody>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit(new FormData(event.currentTarget));
          }}
        >
          <fieldset disabled={!canEdit} className="grid gap-4 md:grid-cols-2">
            <legend className="sr-only">Borrower details</legend>
            <SelectField
              label="Kind"
              name="kind"
              value={kind}
              onChange={(event) => setKind(parseChoice(KIND, event.target.value) ?? "person")}
              options={choiceOptions(KIND)}
              error={errors.kind}
            />
            <div className="hidden md:block" />
            {person ? (
              <>
                <InputField label="First name" autoComplete="off" {...field("firstName")} />
                <InputField label="Last name" autoComplete="off" {...field("lastName")} />
                <InputField label="Date of birth" type="date" hint="Decisions check the borrower's age." {...field("dateOfBirth")} />
                <div className="hidden md:block" />
              </>
            ) : (
              <>
                <InputField label="Registered name" {...field("registeredName")} />
                <InputField label="Registration number" {...field("registrationNumber")} />
              </>
            )}
            <SelectField label="ID type" options={ID_TYPE_OPTIONS} {...field("nationalIdType")} />
            <InputField label="ID number" hint="A South African ID number has 13 digits." {...field("nationalIdNumber")} />
            <InputField label="Email" type="email" {...field("email")} />
            <InputField label="Phone" type="tel" placeholder="+27 82 555 0100" {...field("phone")} />
            <InputField label="Address line 1" {...field("addressLine1")} />
            <InputField label="Address line 2" {...field("addressLine2")} />
            <InputField label="City" {...field("city")} />
            <InputField label="Province or region" {...field("region")} />
            <InputField label="Postal code" {...field("postalCode")} />
            <InputField label="Country" maxLength={2} placeholder="ZA" hint="ISO 3166 code." {...field("country")} />
            {canEdit && (
              <div className="flex flex-wrap items-center gap-3 md:col-span-2">
                <Button type="submit" busy={save.isPending}>
                  {borrower ? "Save borrower" : "Add borrower"}
                </Button>
                {save.error && (
                  <p role="alert" className="text-sm text-red-600">
                    {Object.keys(errors).length ? "Some fields need attention; see the messages under them." : errorMessage(save.error)}
                  </p>
                )}
              </div>
            )}
          </fieldset>
        </form>
      </CardBody>
    </Card>
  );
}
