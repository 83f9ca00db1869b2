import { CHINESE_NUMERAL, readArabic, readChinese, type ReadNumber } from "./numbers.js";

/**
 * The grammar of a tender sentence (采购需求、项目公示、评估报告 as purchasers write them). A sentence is a
 * list of clauses separated by "，；。、" (a comma inside a number never separates); a clause may carry a
 * bracket "（…）" whose requirements belong to it ("开展小组不少于3个（每个小组不少于4节，每节不少于6人）").
 * A requirement is
 *
 *     subject  comparison  number  unit          开展个案服务 不少于 1,000 个
 *     subject  number  unit  post-comparison     媒体报道 5 篇 以上
 *     subject  number-number  unit               服务时数 4000-6000 小时
 *
 * with comparisons ≥ ≤ = > < in words or symbols. A clause with an empty subject continues the previous
 * requirement ("每个小组不少于6节、不少于6人"); a subject starting with 每 (每个小组、每场、每次、每节) is a
 * requirement on each unit of something the sentence counts. This module only reads the words; what a
 * subject counts in a proposal is decided by the vocabulary (vocabulary.ts).
 */
export type Comparison = "min" | "max" | "eq" | "gt" | "lt" | "range";

export interface Requirement {
  /** The subject as written, without leading verbs' list markers (e.g. "开展各类小组活动", "每个小组", ""). */
  subject: string;
  /** For a subject starting with 每: what follows it ("个小组", "场", "节"); otherwise undefined. */
  each?: string;
  /** The requirement this one belongs to: a bracket's owner, or what a bare 每场/每次 refers to. */
  owner?: number;
  comparison: Comparison;
  value: number;
  /** The upper end of a range. */
  upper?: number;
  unit: string;
  percent: boolean;
  /** The requirement's own words, e.g. "每个小组不少于4节". */
  clause: string;
  /** The words of the whole clause it stands in, when it is the clause's only requirement ("至少有7人需为社工专业毕业"). */
  whole?: string;
}

export interface UnreadPart {
  /** The words not understood, as written. */
  part: string;
  reason: "no-requirement" | "number";
}

export interface SentenceReading {
  requirements: Requirement[];
  unread: UnreadPart[];
}

const MIN_WORDS = ["不得少于", "不得低于", "不应少于", "不应低于", "不能少于", "不少于", "不低于", "不小于", "大于等于", "大于或等于", "至少", "最少", "达到", "≥", ">=", "⩾"];
const MAX_WORDS = ["不得超过", "不得多于", "不得高于", "不应超过", "不超过", "不多于", "不高于", "不大于", "小于等于", "小于或等于", "最多", "≤", "<=", "⩽"];
const EQ_WORDS = ["="];
const GT_WORDS = ["大于", "多于", "高于", "超过", ">"];
const LT_WORDS = ["小于", "少于", "低于", "<"];
const PRE_WORDS: [string, Comparison][] = [
  ...MIN_WORDS.map((w) => [w, "min"] as [string, Comparison]),
  ...MAX_WORDS.map((w) => [w, "max"] as [string, Comparison]),
  ...EQ_WORDS.map((w) => [w, "eq"] as [string, Comparison]),
  ...GT_WORDS.map((w) => [w, "gt"] as [string, Comparison]),
  ...LT_WORDS.map((w) => [w, "lt"] as [string, Comparison]),
].sort((a, b) => b[0].length - a[0].length);
const POST_WORDS: [string, Comparison][] = (
  [
    ["及以上", "min"],
    ["或以上", "min"],
    ["以上", "min"],
    ["及以下", "max"],
    ["或以下", "max"],
    ["以下", "max"],
    ["以内", "max"],
  ] as [string, Comparison][]
);

/** Units purchasers count in, longest first so "人次" wins over "人". */
const UNITS = ["人次", "户次", "场次", "小时", "分钟", "个月", "课时", "万元", "周岁", "%", "元", "年", "个", "例", "案", "宗", "件", "节", "次", "场", "期", "人", "名", "位", "户", "家", "份", "篇", "本", "册", "组", "项", "天", "所", "支", "岁", "h"];

/**
 * An age ("60岁以上", "60-69岁", "17岁以下的青少年") says whom a sentence is about, not how many: a bound or
 * range on it is never a requirement on the plan's counts.
 */
const AGE_UNITS = ["周岁", "岁"];

const OPEN = "(［[【〔";
const CLOSE = ")］]】〕";
const SEPARATORS = ",;。、\n";

/** Full-width forms to their ASCII equivalents, one character for one, so offsets stay those of the original. */
function normalize(text: string): string {
  let out = "";
  for (const ch of text) {
    const n = ch.normalize("NFKC");
    const one = [...n].length === 1 && ch.length === n.length ? n : ch;
    out += one === "～" || one === "~" ? "~" : one;
  }
  return out;
}

/** Reads one sentence into its requirements and the parts it cannot read. */
export function readSentence(text: string): SentenceReading {
  const original = text;
  const norm = normalize(text);
  const reading: SentenceReading = { requirements: [], unread: [] };
  readSequence(original, norm, 0, norm.length, undefined, reading);
  return reading;
}

/** The index of the bracket closing the one opened at `at`, or the end when it is never closed. */
function closing(norm: string, at: number, end: number): number {
  let depth = 0;
  for (let i = at; i < end; i++) {
    if (OPEN.includes(norm[i]!)) depth++;
    else if (CLOSE.includes(norm[i]!)) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return end;
}

/** A separator comma inside a number ("1,000", "1，000") is part of the number, not a separator. */
function groupingComma(norm: string, i: number): boolean {
  return norm[i] === "," && /\d/.test(norm[i - 1] ?? "") && /^\d{3}(?!\d)/.test(norm.slice(i + 1));
}

function readSequence(original: string, norm: string, start: number, end: number, owner: number | undefined, reading: SentenceReading): void {
  let clauseStart = start;
  const brackets: [number, number][] = [];
  const flush = (clauseEnd: number) => {
    const before = reading.requirements.length;
    readClause(original, norm, clauseStart, clauseEnd, brackets, owner, reading);
    const clauseOwner = reading.requirements.length > before ? reading.requirements.length - 1 : undefined;
    for (const [from, to] of brackets) {
      // "（2）" and "（二）" number a list item; they are not a bracket of requirements.
      if (/^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*$/.test(norm.slice(from + 1, to))) continue;
      readSequence(original, norm, from + 1, to, clauseOwner ?? owner, reading);
    }
    brackets.length = 0;
  };
  for (let i = start; i < end; i++) {
    const ch = norm[i]!;
    if (OPEN.includes(ch)) {
      const close = closing(norm, i, end);
      brackets.push([i, close]);
      i = close;
    } else if (SEPARATORS.includes(ch) && !groupingComma(norm, i)) {
      // "开展各类文体娱乐、传统节日庆祝、关爱活动不少于15次": a 、 inside a list of things is part of the subject.
      if (ch === "、" && brackets.length === 0 && !hasNumber(norm.slice(clauseStart, i))) continue;
      // "6、报价说明", "一、服务要求": the number of a list item, not a clause of its own.
      if ((ch === "、" || ch === ",") && /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*$/.test(norm.slice(clauseStart, i))) continue;
      flush(i);
      clauseStart = i + 1;
    }
  }
  flush(end);
}

function hasNumber(text: string): boolean {
  return /\d/.test(text) || text.includes("百分之") || BARE_CHINESE.test(text.replace(/\s/g, ""));
}

interface Core {
  at: number;
  end: number;
  comparison?: Comparison;
  number: ReadNumber;
  upper?: ReadNumber;
  unit: string;
  /** Words between a comparison and its number ("至少 开展讲座 2场"): part of the subject. */
  between?: string;
}

/** The text of a clause with its brackets left out, and a map back to positions in the sentence. */
function maskBrackets(norm: string, start: number, end: number, brackets: [number, number][]): string {
  let out = "";
  for (let i = start; i < end; i++) {
    const inside = brackets.some(([from, to]) => i >= from && i <= to);
    out += inside ? " " : norm[i];
  }
  return out;
}

function readUnit(text: string, at: number): string {
  for (const unit of UNITS) if (text.startsWith(unit, at)) return unit;
  return "";
}

function readNumberAt(text: string, at: number, chinese: boolean): ReadNumber | "unreadable" | undefined {
  if (/\d/.test(text[at] ?? "")) return readArabic(text, at);
  if (text.startsWith("百分之", at)) return readChinese(text, at);
  if (chinese && CHINESE_NUMERAL.test(text[at] ?? "")) return readChinese(text, at);
  return undefined;
}

const spaces = (text: string, at: number) => {
  while (text[at] === " " || text[at] === "\t" || text[at] === "\u3000") at++;
  return at;
};

/** Finds the requirement cores of a clause: comparison, number, unit (or number, unit, post-comparison). */
function coresOf(text: string): Core[] | "unreadable" {
  const cores: Core[] = [];
  for (let i = 0; i < text.length; i++) {
    const pre = PRE_WORDS.find(([word]) => text.startsWith(word, i));
    if (pre) {
      // "低于" inside "不低于" was matched as the longer word already; "多于" inside "不多于" likewise.
      let n = spaces(text, i + pre[0].length);
      let between: string | undefined;
      if (!readNumberAt(text, n, true)) {
        // "至少开展讲座2场": the subject may stand between the comparison and its number.
        const ahead = /^[^\d≥≤<>=]*?(?=\d)/.exec(text.slice(n));
        if (ahead && ahead[0].length > 0 && !PRE_WORDS.some(([word]) => ahead[0].includes(word))) {
          between = ahead[0];
          n += ahead[0].length;
        }
      }
      const number = readNumberAt(text, n, true);
      if (number === "unreadable") return "unreadable";
      if (number) {
        const u = spaces(text, n + number.length);
        const unit = number.percent ? "%" : readUnit(text, u);
        let end = u + (number.percent ? 0 : unit.length);
        const post = POST_WORDS.find(([word]) => text.startsWith(word, spaces(text, end)));
        if (post) end = spaces(text, end) + post[0].length; // "不少于5次以上": the same minimum said twice
        cores.push({ at: i, end, comparison: pre[1], number, unit, between });
        i = end - 1;
        continue;
      }
      i += pre[0].length - 1;
      continue;
    }
    if (/\d/.test(text[i]!) && !/[\d.]/.test(text[i - 1] ?? "") || text.startsWith("百分之", i)) {
      const number = readNumberAt(text, i, false);
      if (number === "unreadable") return "unreadable";
      if (!number) continue;
      let n = spaces(text, i + number.length);
      let upper: ReadNumber | undefined;
      if ("-~至到".includes(text[n] ?? "") && !number.percent) {
        const second = readNumberAt(text, spaces(text, n + 1), false);
        if (second === "unreadable") return "unreadable";
        if (second) {
          upper = second;
          n = spaces(text, spaces(text, n + 1) + second.length);
        }
      }
      const unit = number.percent || upper?.percent ? "%" : readUnit(text, n);
      let end = n + (number.percent || upper?.percent ? 0 : unit.length);
      const post = POST_WORDS.find(([word]) => text.startsWith(word, spaces(text, end)));
      if (post) end = spaces(text, end) + post[0].length;
      cores.push({ at: i, end, comparison: upper ? "range" : post?.[1], number, upper, unit });
      i = end - 1;
    }
  }
  return cores;
}

/** A Chinese numeral with a unit and no comparison ("只能算一个"): a number the clause states. */
const BARE_CHINESE = new RegExp(`(?<![每统唯第])[一二两三四五六七八九十百千][一二两三四五六七八九十百千万亿]*(?:多|余)?(?:${UNITS.filter((u) => u !== "%" && u !== "h").join("|")})`);

const LIST_MARKER = /^\s*(?:\d{1,2}\s*[.、．),](?!\d)|[一二三四五六七八九十]{1,3}[、.．]|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|[①-⑳])\s*/;

function cleanSubject(subject: string): string {
  return subject
    .replace(LIST_MARKER, "")
    .replace(/^[\s:：]+|[\s:：]+$/g, "")
    .replace(/^(?:其中|并且|并|且|和|及|另|同时)\s*/, "")
    .trim();
}

function readClause(
  original: string,
  norm: string,
  start: number,
  end: number,
  brackets: [number, number][],
  owner: number | undefined,
  reading: SentenceReading,
): void {
  let text = maskBrackets(norm, start, end, brackets);
  // A list marker ("3.", "（二）", "6、") numbers the clause; it is not a number the clause states.
  const marker = LIST_MARKER.exec(text);
  if (marker) text = " ".repeat(marker[0].length) + text.slice(marker[0].length);
  const wording = (from: number, to: number) => cleanClause(original.slice(start + from, start + to), brackets.map(([a, b]) => [a - start - from, b - start - from]));
  if (!text.trim()) return;
  const cores = coresOf(text);
  if (cores === "unreadable") {
    reading.unread.push({ part: wording(0, text.length), reason: "number" });
    return;
  }
  const requirements = cores.filter((c) => c.comparison !== undefined && !AGE_UNITS.includes(c.unit));
  if (requirements.length === 0) {
    // Words without a number are context (a heading, a lead-in); words with a number and no comparison are a
    // statement gongshi cannot check ("项目调研报告2篇", "每个人只能算一个"): a person reads them.
    if (cores.length > 0 || BARE_CHINESE.test(text.replace(/\s/g, ""))) reading.unread.push({ part: wording(0, text.length), reason: "no-requirement" });
    return;
  }
  let from = 0;
  const whole = requirements.length === 1 ? wording(0, text.length).replace(/[;；。,，、]+$/, "") : undefined;
  for (const core of requirements) {
    const subject = cleanSubject(text.slice(from, core.at) + (core.between ?? ""));
    const previous = reading.requirements[reading.requirements.length - 1];
    const inherited = subject === "" && previous !== undefined;
    const each = subject.startsWith("每") ? subject.slice(1) : undefined;
    reading.requirements.push({
      subject: inherited ? previous.subject : subject,
      each: inherited ? previous.each : each,
      owner: inherited ? previous.owner : owner,
      comparison: core.comparison!,
      value: core.number.value,
      upper: core.upper?.value,
      unit: core.unit,
      percent: core.number.percent || core.unit === "%",
      clause: wording(subject === "" ? core.at : from, core.end).trim(),
      whole,
    });
    from = core.end;
  }
}

/** The original words of a clause, brackets left out, list markers and trailing punctuation trimmed. */
function cleanClause(words: string, brackets: [number, number][]): string {
  let out = "";
  for (let i = 0; i < words.length; i++) if (!brackets.some(([a, b]) => i >= a && i <= b)) out += words[i];
  return out.replace(LIST_MARKER, "").trim();
}
