/**
 * How many terminal columns a string takes: Chinese characters and full-width punctuation take two,
 * colour codes, control characters and combining marks none. The same count as string-width
 * (tests/display-width.test.ts compares the two on everything gongshi prints).
 */
// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[[0-9;]*m/g;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(SGR, "")) width += charWidth(ch.codePointAt(0)!);
  return width;
}

/** 0, 1 or 2 columns for one code point. */
export function charWidth(code: number): number {
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return 0;
  if (code >= 0x300 && code <= 0x36f) return 0;
  return isWide(code) ? 2 : 1;
}

/** East Asian Wide and Fullwidth, as string-width@4's is-fullwidth-code-point@3 has them. */
function isWide(code: number): boolean {
  return (
    code >= 0x1100 &&
    (code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x20000 && code <= 0x3fffd))
  );
}
