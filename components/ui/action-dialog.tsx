"use client";

import { useId, useState, type ReactNode } from "react";
import { Button, type ButtonProps } from "./button";
import { Dialog } from "./dialog";
import { errorMessage, fieldErrors } from "./errors";

interface ActionDialogProps {
  /** The text of the button that opens the dialog. */
  trigger: string;
  triggerVariant?: ButtonProps["variant"];
  triggerSize?: ButtonProps["size"];
  disabled?: boolean;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  tone?: "primary" | "danger";
  /** Field names the children render: their errors show under them, every other error in the dialog. */
  fields?: readonly string[];
  children?: (errors: Record<string, string>) => ReactNode;
  /** Checks made before calling the server; any message keeps the dialog open under its field. */
  validate?: (form: FormData) => Record<string, string>;
  /**
   * Called with the form and a key made once per opening: money-moving calls send it as their
   * idempotency key, so a double click or a retry after a lost answer posts only once.
   */
  onSubmit: (form: FormData, requestKey: string) => Promise<unknown>;
}

/** A button that opens a form in a dialog; the dialog stays open with the error when the action fails. */
export function ActionDialog({ trigger, triggerVariant = "secondary", triggerSize = "sm", disabled, title, description, confirmLabel, tone = "primary", fields = [], children, validate, onSubmit }: ActionDialogProps) {
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [requestKey, setRequestKey] = useState("");
  const errors = { ...fieldErrors(error), ...local };
  const unplaced = Object.keys(errors).some((key) => !fields.includes(key));

  function show() {
    setRequestKey(crypto.randomUUID());
    setError(null);
    setLocal({});
    setOpen(true);
  }

  async function submit(form: FormData) {
    const problems = validate?.(form) ?? {};
    setLocal(problems);
    setError(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      await onSubmit(form, requestKey);
      setOpen(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant={triggerVariant} size={triggerSize} disabled={disabled} onClick={show}>
        {trigger}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={title}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={busy}>
              Cancel
            </Button>
            <Button type="submit" form={formId} variant={tone} busy={busy}>
              {confirmLabel}
            </Button>
          </>
        }
      >
        <form
          id={formId}
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy) void submit(new FormData(event.currentTarget));
          }}
        >
          {description && <div className="space-y-2">{description}</div>}
          {children?.(errors)}
          {error !== null && (Object.keys(fieldErrors(error)).length === 0 || unplaced) && (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
              {errorMessage(error)}
            </p>
          )}
        </form>
      </Dialog>
    </>
  );
}
