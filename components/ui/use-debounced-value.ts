"use client";

import { useEffect, useState } from "react";

/** The value as it was `delay` ms after it last changed: searches and previews wait for the typing to stop. */
export function useDebouncedValue<T>(value: T, delay = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
