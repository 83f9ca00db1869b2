import type { Rational } from "../exact/rational.js";

/** Hours as a rule's message shows them: at most two decimals, no trailing zeros. */
export function hoursText(value: Rational): string {
  return value.toFixedTrimmed(2);
}
