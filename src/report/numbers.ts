import type { Rational } from "../exact/rational.js";

/** 4116 → "4,116"; 1360.8 → "1,360.8"; 160/3 → "53.33". Rounded for reading only. */
export function formatHours(value: Rational, places = 2): string {
  return groupThousands(value.toFixedTrimmed(places));
}

export function groupThousands(text: string): string {
  const [whole = "", fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** part / whole as a percentage with one decimal, "—" when the whole is zero. */
export function formatShare(part: Rational, whole: Rational): string {
  if (whole.isZero()) return "—";
  return `${part.mul(100).div(whole).toFixed(1)}%`;
}
