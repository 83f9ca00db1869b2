import { decimalPlaces, Rational } from "./rational.js";

/**
 * Money is a whole number of fen (分) inside gongshi; yuan with two decimals only at input and
 * output. A JavaScript number holds whole fen exactly up to 2^53 (about 90 trillion yuan).
 */
export type Fen = number;

/** 200 → 20000 fen; 0.01 → 1 fen. Throws on more than two decimals (the schema refuses them first). */
export function yuanToFen(yuan: number): Fen {
  if (!Number.isFinite(yuan) || decimalPlaces(yuan) > 2) throw new RangeError(`not an amount in yuan: ${yuan}`);
  const fen = Rational.fromDecimal(yuan).mul(100);
  return Number(fen.num);
}

/** 20000 → "200.00"; grouping is for display: 1234567 → "12,345.67". */
export function formatYuan(fen: Fen, options: { group?: boolean } = {}): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toString();
  const cents = (abs % 100).toString().padStart(2, "0");
  const grouped = options.group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return `${negative ? "-" : ""}${grouped}.${cents}`;
}
