"use client";

import { useState, type ReactNode } from "react";
import { Button, type ButtonProps } from "./button";
import { Dialog } from "./dialog";

interface ConfirmButtonProps extends Omit<ButtonProps, "onClick"> {
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
  tone?: "primary" | "danger";
}

/** A button that asks before it acts; the dialog stays open (and busy) until the action settles. */
export function ConfirmButton({ title, description, confirmLabel, onConfirm, tone = "primary", children, ...rest }: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
      setOpen(false);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button {...rest} onClick={() => setOpen(true)}>
        {children}
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
            <Button variant={tone} onClick={() => void confirm()} busy={busy}>
              {confirmLabel}
            </Button>
          </>
        }
      >
        {description}
      </Dialog>
    </>
  );
}
