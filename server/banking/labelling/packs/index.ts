import type { BuiltinRule } from "../rule-model";
import { COMMON_RULES } from "./common";
import { EN_RULES } from "./en";
import { ES_RULES } from "./es";
import { FR_RULES } from "./fr";
import { NL_RULES } from "./nl";

/** Every built-in rule, in tie-breaking order: brands first, then the language packs. */
export const BUILTIN_RULES: readonly BuiltinRule[] = [...COMMON_RULES, ...FR_RULES, ...ES_RULES, ...NL_RULES, ...EN_RULES];
