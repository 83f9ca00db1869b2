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

/**
 * The largest amount a proposal may state or add up to: ¥1,000,000,000 (10 亿元), far above any
 * government-purchased service project. With management fee and tax each at most 100 %, a budget's
 * total stays below 4 × 10^11 fen: exact in a JavaScript number (2^53 ≈ 9 × 10^15) and within the
 * 15 significant digits a spreadsheet keeps, and within what the capital-numeral formula spells (千亿).
 */
export const MAX_AMOUNT_YUAN = 1_000_000_000;
export const MAX_AMOUNT_FEN: Fen = MAX_AMOUNT_YUAN * 100;

const CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
const CAPITAL_PLACES = ["仟", "佰", "拾", ""] as const;

/**
 * An amount in Chinese capital numerals as written on a financial document (《正确填写票据和结算凭证的
 * 基本规定》): 36021132 fen → "人民币叁拾陆万零贰佰壹拾壹元叁角贰分". A run of zeros inside a group of
 * four digits is one 零; zeros at the 万位、亿位 or 元位 take none, as the rule allows ("¥107,000.53 应写成
 * 人民币壹拾万柒仟元零伍角叁分，或者写成人民币壹拾万零柒仟元伍角叁分": either 零 may be left out);
 * 零 before 分 when 角 is zero; 整 after 元 or 角. Spells up to 9999 亿元. The workbook's formula
 * (export/workbook.ts capitalFormula) gives the same words, and a property test holds them to it.
 */
export function capitalAmount(fen: Fen): string {
  if (!Number.isSafeInteger(fen) || Math.abs(fen) >= 1e14) throw new RangeError(`not an amount capital numerals spell: ${fen}`);
  if (fen === 0) return "人民币零元整";
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const jiao = Math.floor(abs / 10) % 10;
  const cents = abs % 10;
  let words = "";
  let pendingZero = false;
  // Groups of four digits from the highest: 亿, 万, and the last four.
  const groups = [Math.floor(yuan / 1e8), Math.floor(yuan / 1e4) % 1e4, yuan % 1e4];
  groups.forEach((group, g) => {
    const digits = String(group).padStart(4, "0");
    for (let i = 0; i < 4; i++) {
      const d = Number(digits[i]);
      if (d === 0) {
        if (words) pendingZero = true;
        continue;
      }
      if (pendingZero) words += "零";
      pendingZero = false;
      words += CAPITAL_DIGITS[d]! + CAPITAL_PLACES[i]!;
    }
    // Zeros at the end of a group stand before 亿, 万 or 元 and are not written.
    pendingZero = false;
    if (group > 0 && g < 2) words += g === 0 ? "亿" : "万";
  });
  if (yuan > 0) words += "元";
  if (jiao > 0) words += `${CAPITAL_DIGITS[jiao]}角${cents > 0 ? `${CAPITAL_DIGITS[cents]}分` : "整"}`;
  else if (cents > 0) words += `${yuan > 0 ? "零" : ""}${CAPITAL_DIGITS[cents]}分`;
  else words += "整";
  return `人民币${fen < 0 ? "负" : ""}${words}`;
}
