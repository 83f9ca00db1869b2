/**
 * What a Chinese input method left in full-width mode types into a YAML file, found where it breaks the
 * structure and named for what it is: a full-width space (U+3000) used as indentation, a full-width
 * colon (U+FF1A) after a key, and full-width digits in a number. Full-width characters inside text
 * (a name, a justification, a tender's sentence, a block of prose) are content and are left alone.
 */
import { readsAsWritten } from "./structure.js";
import { isPair, isScalar, isSeq, visit, type Document, type Scalar } from "yaml";
import type { Localized } from "../i18n/lang.js";
import type { InputProblem } from "./problem.js";

type Path = (string | number)[];

/** Where each scalar's text runs: a full-width character in one that began on an earlier line is content. */
function scalarRanges(doc: Document.Parsed): [number, number][] {
  const ranges: [number, number][] = [];
  visit(doc, {
    Scalar(_, node) {
      if (node.range) ranges.push([node.range[0], node.range[1]]);
    },
  });
  return ranges;
}

interface Line {
  start: number;
  /** The line without its line break (CRLF files give the same columns as LF ones). */
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    lines.push({ start, text: raw.endsWith("\r") ? raw.slice(0, -1) : raw });
    start += raw.length + 1;
  }
  return lines;
}

/** True when `offset` lies in a scalar that started before `lineStart` (a block scalar, a multi-line string). */
function insideEarlierScalar(ranges: readonly [number, number][], offset: number, lineStart: number): boolean {
  return ranges.some(([from, to]) => from < lineStart && offset >= from && offset < to);
}

export interface Located {
  offset: number;
  code: string;
  message: Localized;
}

/** Full-width spaces at the start of a line (before any content, after any "- "): never indentation YAML accepts. */
export function fullWidthIndents(text: string, doc: Document.Parsed): Located[] {
  if (!text.includes("\u3000")) return [];
  const ranges = scalarRanges(doc);
  const found: Located[] = [];
  for (const line of linesOf(text)) {
    const match = /^(?:[ \t]|-(?=[ \t\u3000]))*\u3000+/.exec(line.text);
    if (!match) continue;
    const first = match[0].indexOf("\u3000");
    const offset = line.start + first;
    if (insideEarlierScalar(ranges, offset, line.start)) continue;
    const count = match[0].length - first;
    found.push({
      offset,
      code: "full-width-space",
      message: {
        zh: `行首有 ${count} 个全角空格“　”（U+3000，中文输入法全角模式下打出的空格），YAML 不认它作缩进：请删去，改用半角空格（英文状态下的空格键）缩进`,
        en: `${count} full-width space${count === 1 ? "" : "s"} “　” (U+3000, typed by a Chinese input method in full-width mode) at the start of the line: YAML does not take ${count === 1 ? "it" : "them"} as indentation; delete ${count === 1 ? "it" : "them"} and indent with ordinary half-width spaces`,
      },
    });
  }
  return found;
}

/** A full-width colon right after what looks like a key: `fte：4`, `- item：探访`, `专业咨询：58`. */
export interface ColonSuspect extends Located {
  line: number;
  /** The plain scalar the colon ended up in, when the file parsed: a problem pointing into it is explained by the colon. */
  scalar?: [number, number];
}

const KEY_BEFORE_FULL_WIDTH_COLON = /^([ \t\u3000]*(?:-[ \t\u3000]+)*)([^\s:：#'"{}[\],&*!|>%@`-][^\s:：'"{}[\],]*)[ \t\u3000]*：[ \t\u3000]*(.*)$/;

export function fullWidthColons(text: string, doc: Document.Parsed): ColonSuspect[] {
  if (!text.includes("：")) return [];
  const ranges = scalarRanges(doc);
  const plain: [number, number][] = [];
  visit(doc, {
    Scalar(_, node) {
      if (node.type === "PLAIN" && node.range) plain.push([node.range[0], node.range[1]]);
    },
  });
  const found: ColonSuspect[] = [];
  linesOf(text).forEach((line, index) => {
    const match = KEY_BEFORE_FULL_WIDTH_COLON.exec(line.text);
    if (!match) return;
    const [, lead = "", key = "", rest = ""] = match;
    const offset = line.start + line.text.indexOf("：", lead.length + key.length);
    if (insideEarlierScalar(ranges, offset, line.start)) return;
    const value = rest.replace(/\s+#.*$/, "").trim();
    const typed = `${key}:${value ? ` ${value}` : ""}`;
    found.push({
      offset,
      line: index + 1,
      scalar: plain.find(([from, to]) => offset >= from && offset < to),
      code: "full-width-colon",
      message: {
        zh: `“${key}”后面是全角冒号“：”（U+FF1A，中文输入法全角模式下打出的冒号），YAML 不认它作键值的分隔：请改为半角冒号加一个空格，写成“${typed}”`,
        en: `a full-width colon “：” (U+FF1A, typed by a Chinese input method in full-width mode) after “${key}”: YAML separates a key from its value only with a half-width colon and a space; type “${typed}” instead`,
      },
    });
  });
  return found;
}

/**
 * Problems a full-width colon explains are replaced by the colon's own message: those on its line, and
 * those pointing into the text the colon turned into a string. Other problems stay as they are.
 */
export function explainByColons(
  problems: readonly InputProblem[],
  suspects: readonly ColonSuspect[],
  offsetOf: (problem: InputProblem) => number,
  toProblem: (suspect: ColonSuspect) => InputProblem,
): InputProblem[] {
  if (suspects.length === 0) return [...problems];
  const out: InputProblem[] = [];
  const said = new Set<ColonSuspect>();
  for (const problem of problems) {
    const offset = offsetOf(problem);
    const culprits = suspects.filter((s) => s.line === problem.line || (s.scalar && offset >= s.scalar[0] && offset < s.scalar[1]));
    if (culprits.length === 0) {
      out.push(problem);
      continue;
    }
    for (const culprit of culprits) {
      if (said.has(culprit)) continue;
      said.add(culprit);
      out.push(toProblem(culprit));
    }
  }
  return out;
}

/**
 * The spellings of a number read in full-width characters (`１２０`, `０．５`, `－１`, even `1２`): digits with
 * a sign and a fraction, each character half- or full-width, at least one of them full-width (an all
 * half-width plain scalar is a number to YAML already). As a pattern source, for the editor's schema too;
 * `negative: false` leaves out negative numbers (not −0, which is 0), `whole: true` any fraction but zeros (`１２．０` is twelve).
 */
export function fullWidthNumberPattern({ negative = true, whole = false } = {}): string {
  const digit = "[0-9\\uff10-\\uff19]";
  const zero = "[0\\uff10]";
  const number = `${digit}+(?:[.\\uff0e]${whole ? zero : digit}+)?`;
  const signed = negative ? `[+\\uff0b\\uff0d-]?${number}` : `(?:[+\\uff0b]?${number}|[\\uff0d-]${zero}+(?:[.\\uff0e]${zero}+)?)`;
  return `^(?=.*[\\uff0b\\uff0d\\uff0e\\uff10-\\uff19])${signed}$`;
}

const FULL_WIDTH_NUMBER = new RegExp(fullWidthNumberPattern());
const FULL_WIDTH_TO_ASCII: Record<string, string> = { "．": ".", "－": "-", "＋": "+" };

/** A plain scalar written with full-width digits ("１２０", "０．５"), read as the number it spells. */
export interface FullWidthNumber {
  path: Path;
  range: [number, number];
  written: string;
  value: number;
}

/**
 * Turns plain (unquoted) scalars spelt in full-width digits into the numbers they spell, in place, and
 * says which. Quoted text stays text: quotes say the writer meant it.
 */
export function readFullWidthNumbers(text: string, doc: Document.Parsed): FullWidthNumber[] {
  // Most files have none: no walk over the document for them. (Any of the characters, not only digits: `0．5`, `＋1` count too.)
  if (!/[\uff0b\uff0d\uff0e\uff10-\uff19]/.test(text)) return [];
  const found: FullWidthNumber[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === "key" || node.type !== "PLAIN" || typeof node.value !== "string" || !node.range) return;
      const written = node.value;
      if (!FULL_WIDTH_NUMBER.test(written)) return;
      const ascii = written.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[．－＋]/g, (c) => FULL_WIDTH_TO_ASCII[c]!);
      // A number that would not be read exactly stays text (and is said as such): never a guess.
      if (!/^[-+]?\d+(\.\d+)?$/.test(ascii) || !readsAsWritten(ascii, Number(ascii))) return;
      (node as Scalar).value = Number(ascii);
      found.push({ path: pathOf(ancestors, node), range: [node.range[0], node.range[1]], written, value: Number(ascii) });
    },
  });
  return found;
}

/** The key/index path of a node from the ancestors `visit` passes (document, collections and pairs). */
function pathOf(ancestors: readonly unknown[], node: unknown): Path {
  const path: Path = [];
  ancestors.forEach((ancestor, i) => {
    const child = ancestors[i + 1] ?? node;
    if (isPair(ancestor)) path.push(String(isScalar(ancestor.key) ? ancestor.key.value : ancestor.key));
    else if (isSeq(ancestor)) path.push(ancestor.items.indexOf(child as never));
  });
  return path;
}
