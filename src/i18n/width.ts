/**
 * How many terminal columns a string takes: Chinese characters and full-width punctuation take two.
 * Enough for aligning our own columns; cli-table3 measures its tables itself.
 */
export function displayWidth(text: string): number {
  let width = 0;
  // eslint-disable-next-line no-control-regex
  for (const ch of text.replace(/\x1b\[[0-9;]*m/g, "")) {
    const code = ch.codePointAt(0)!;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}
