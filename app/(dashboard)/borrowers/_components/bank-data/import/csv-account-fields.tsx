import { choiceOptions } from "@/components/ui/choices";
import { InputField, SelectField } from "@/components/ui/field";
import { accountLabel, type BankAccount } from "../types";
import { ACCOUNT_TYPE_CHOICES, type AccountDraft } from "./csv-draft";

interface CsvAccountFieldsProps {
  value: AccountDraft;
  onChange: (value: AccountDraft) => void;
  /** The borrower's accounts: a later statement of one of them is matched to it by number. */
  existing: readonly BankAccount[];
  errors: Record<string, string>;
  disabled: boolean;
}

/** What a CSV does not say about its account: the import matches re-imports to the account by its number. */
export function CsvAccountFields({ value, onChange, existing, errors, disabled }: CsvAccountFieldsProps) {
  const set = <K extends keyof AccountDraft>(key: K, next: AccountDraft[K]) => onChange({ ...value, [key]: next });
  const pick = (id: string) => {
    const account = existing.find((a) => a.id === id);
    if (!account) return;
    onChange({
      number: account.number ?? account.iban ?? "",
      name: account.name ?? "",
      type: account.type,
      currency: account.currency,
      bank: account.bank ?? "",
      holder: account.holder ?? "",
    });
  };
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-700">Account</legend>
      {existing.length > 0 && (
        <SelectField
          className="max-w-md"
          label="Same account as"
          defaultValue=""
          disabled={disabled}
          onChange={(e) => pick(e.target.value)}
          options={[{ value: "", label: "A new account (fill in below)" }, ...existing.map((a) => ({ value: a.id, label: accountLabel(a) }))]}
          hint="Copies an imported account's details, for a later statement of the same account."
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <InputField label="Account number" value={value.number} disabled={disabled} onChange={(e) => set("number", e.target.value)} error={errors["account.number"]} />
        <InputField label="Account name" value={value.name} disabled={disabled} onChange={(e) => set("name", e.target.value)} error={errors["account.name"]} />
        <SelectField
          label="Account type"
          value={value.type}
          disabled={disabled}
          onChange={(e) => set("type", e.target.value)}
          options={choiceOptions(ACCOUNT_TYPE_CHOICES)}
          error={errors["account.type"]}
        />
        <InputField
          label="Currency"
          value={value.currency}
          maxLength={3}
          autoCapitalize="characters"
          disabled={disabled}
          onChange={(e) => set("currency", e.target.value.toUpperCase())}
          error={errors["account.currency"]}
          hint="ISO 4217 code, such as ZAR or EUR."
        />
        <InputField label="Bank" value={value.bank} disabled={disabled} onChange={(e) => set("bank", e.target.value)} error={errors["account.bank"]} />
        <InputField label="Account holder" value={value.holder} disabled={disabled} onChange={(e) => set("holder", e.target.value)} error={errors["account.holder"]} />
      </div>
    </fieldset>
  );
}
