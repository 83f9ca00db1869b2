/**
 * Numbers as purchasers write them: "1,000" and "1，000" (digit grouping, also typed with a Chinese input
 * method in full-width mode), "１２" (full-width digits), "1.5万", "三", "十二", "一百二十", "百分之九十".
 * A number is read only when it is certain: "1e3" is not 1, it is unreadable.
 */

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_POWERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL = /[零〇一二两三四五六七八九十百千万]/;

export interface ReadNumber {
  value: number;
  /** Characters used, from the start. */
  length: number;
  /** Written as a percentage ("90%", "百分之九十"). */
  percent: boolean;
}

/** Reads an Arabic number at `at` in normalized text (ASCII digits): grouping, decimals, 万/千, %. */
export function readArabic(text: string, at: number): ReadNumber | "unreadable" | undefined {
  const match = /^\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/.exec(text.slice(at));
  if (!match) return undefined;
  let length = match[0].length;
  let value = Number(match[0].replace(/,/g, ""));
  const rest = text.slice(at + length);
  // 1e3, 3x, 12abc: a number we cannot read for sure.
  if (/^[A-Za-z]/.test(rest) && !/^(?:h|min)\b/i.test(rest)) return "unreadable";
  if (rest.startsWith("万")) {
    value *= 10_000;
    length += 1;
  } else if (rest.startsWith("千") && !rest.startsWith("千米")) {
    value *= 1000;
    length += 1;
  }
  if (!Number.isFinite(value)) return "unreadable";
  const percent = text[at + length] === "%";
  return { value: roundDecimal(value), length: length + (percent ? 1 : 0), percent };
}

/** Reads a Chinese numeral at `at` ("三", "十二", "一百二十", "两千"), or "百分之…". */
export function readChinese(text: string, at: number): ReadNumber | undefined {
  if (text.startsWith("百分之", at)) {
    const inner = readArabic(text, at + 3) ?? readChinese(text, at + 3);
    if (!inner || inner === "unreadable" || inner.percent) return undefined;
    return { value: inner.value, length: 3 + inner.length, percent: true };
  }
  let end = at;
  while (end < text.length && /[零〇一二两三四五六七八九十百千万]/.test(text[end]!)) end++;
  if (end === at) return undefined;
  const value = chineseValue(text.slice(at, end));
  if (value === undefined) return undefined;
  return { value, length: end - at, percent: false };
}

/** The value of a Chinese numeral, or undefined when it is not a well-formed one. */
export function chineseValue(numeral: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of numeral) {
    if (ch in CHINESE_DIGITS) {
      if (digit !== undefined && digit !== 0 && CHINESE_DIGITS[ch] !== 0) return undefined; // "三四" is not a number
      digit = CHINESE_DIGITS[ch]!;
    } else if (ch in CHINESE_POWERS) {
      section += (digit ?? (section === 0 && total === 0 ? 1 : undefined) ?? NaN) * CHINESE_POWERS[ch]!;
      if (Number.isNaN(section)) return undefined;
      digit = undefined;
    } else if (ch === "万") {
      total = (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  const value = total + section + (digit ?? 0);
  return numeral.length > 0 ? value : undefined;
}

function roundDecimal(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
