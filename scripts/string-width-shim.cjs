// Stands in for string-width@4 inside the bundled CLI (scripts/bundle.mjs). cli-table3 measures every
// cell with string-width, which strips colour codes with a RegExp it builds anew on each call and scans
// for emoji with a very large one: about 10 ms of each `gongshi check`. This counts the same columns for
// the text gongshi prints (tests/string-width-shim.test.ts compares the two on that text).
"use strict";

const ANSI = /[\u001b\u009b][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

// East Asian Wide and Fullwidth ranges, as string-width@4's is-fullwidth-code-point@3 has them.
function isFullwidth(code) {
  return (
    code >= 0x1100 &&
    (code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (0x2e80 <= code && code <= 0x3247 && code !== 0x303f) ||
      (0x3250 <= code && code <= 0x4dbf) ||
      (0x4e00 <= code && code <= 0xa4c6) ||
      (0xa960 <= code && code <= 0xa97c) ||
      (0xac00 <= code && code <= 0xd7a3) ||
      (0xf900 <= code && code <= 0xfaff) ||
      (0xfe10 <= code && code <= 0xfe19) ||
      (0xfe30 <= code && code <= 0xfe6b) ||
      (0xff01 <= code && code <= 0xff60) ||
      (0xffe0 <= code && code <= 0xffe6) ||
      (0x1b000 <= code && code <= 0x1b001) ||
      (0x1f200 <= code && code <= 0x1f251) ||
      (0x20000 <= code && code <= 0x3fffd))
  );
}

module.exports = function stringWidth(string) {
  if (typeof string !== "string" || string.length === 0) return 0;
  const plain = string.replace(ANSI, "");
  let width = 0;
  for (let i = 0; i < plain.length; i++) {
    const code = plain.codePointAt(i);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) continue; // control characters
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks
    if (code > 0xffff) i++;
    width += isFullwidth(code) ? 2 : 1;
  }
  return width;
};
