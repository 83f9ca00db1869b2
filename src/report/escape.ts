/**
 * User text — names, notes and sentences from a proposal, file names found on disk — escaped for the
 * medium it goes to, so that it can only ever show as text:
 *
 * - a terminal (and a log, a pipe, a file a person reads): every control character a terminal acts on
 *   (ESC and so OSC, CSI and SGR sequences, NUL, BEL, CR, the C1 controls, bidirectional overrides, line
 *   and paragraph separators) is shown as its escape, `\u001B`, which is also what it means inside a JSON
 *   string — so the same pass is safe over JSON and SARIF. The colours gongshi paints itself are kept.
 *   `cli/io.ts` passes everything written to standard output and standard error through `forTerminal`.
 * - Markdown (`diff -f markdown`, the GitHub job summary): the same, on one line (a line break would end a
 *   table row or start a heading), with every character Markdown reads as markup escaped.
 * - GitHub workflow commands: `escapeData` and `escapeProperty`, as the runner decodes them.
 */

/** Controls a terminal acts on, and characters that reorder or break the text around them. Tab and line feed are kept. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The SGR codes gongshi's own painter writes (chalk, level 1): bold, dim, underline, strikethrough, four colours and their resets. */
const OWN_SGR = new Set(["0", "1", "2", "4", "9", "22", "24", "29", "31", "32", "33", "36", "39"]);
// eslint-disable-next-line no-control-regex
const SGR_OR_UNSAFE = new RegExp(`\\u001b\\[([0-9;]*)m|${UNSAFE.source}`, "g");

/** A character shown as the escape JSON and JavaScript write it: ESC → \u001B. */
export function visible(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Text for a terminal or a log: every control character shown as its escape. With `keepColours`, the SGR
 * sequences gongshi paints with stay (any other, and every other escape sequence, is shown, not obeyed).
 */
export function forTerminal(text: string, keepColours = false): string {
  if (!keepColours) return text.replace(UNSAFE, visible);
  return text.replace(SGR_OR_UNSAFE, (match: string, params: string | undefined) => {
    if (params !== undefined && params.split(";").every((code) => OWN_SGR.has(code === "" ? "0" : code))) return match;
    return visible(match[0]!) + match.slice(1).replace(UNSAFE, visible);
  });
}

/** Characters Markdown (CommonMark and GitHub's tables) reads as markup anywhere in a line. */
const MARKUP = /[\\`*_[\]<>!|~&#]/g;

/**
 * Text for a Markdown table cell, list item or heading: one line, controls shown as escapes, markup
 * characters escaped, and a start that could open a list or a quote escaped too.
 */
export function forMarkdown(text: string): string {
  return forTerminal(text.replace(/\r\n|\r|\n|\u2028|\u2029/g, " "))
    .replace(MARKUP, (ch) => `\\${ch}`)
    .replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_, space: string, mark: string) => `${space}${/\d/.test(mark) ? `${mark}\\` : `\\${mark}`}`);
}

/**
 * Text as a Markdown code span (a file name and position): one line, controls shown as escapes, a fence
 * longer than any run of backticks inside, and | escaped (GitHub's tables split on it even in code).
 */
export function forMarkdownCode(text: string): string {
  const line = forTerminal(text.replace(/\r\n|\r|\n|\u2028|\u2029/g, " ")).replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** Escaping of workflow-command data (the message): %, CR, LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escaping of workflow-command properties (file, title): as data, plus : and ,. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
