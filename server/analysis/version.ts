/**
 * Versions stamped on every result. Bump ENGINE_VERSION whenever a definition in README.md changes
 * (a threshold, a points table, what counts as primary income), so two stored analyses computed
 * under different rules are never compared silently.
 */
export const ENGINE_VERSION = "1.0.0";

/** The internal credit score's own version: it can be recalibrated without touching the other sections. */
export const CREDIT_SCORE_VERSION = "internal-1.0.0";

/** Shown next to the internal credit score everywhere: it is ours, not Algoan's nor a bureau's. */
export const CREDIT_SCORE_MODEL = "internal model";
