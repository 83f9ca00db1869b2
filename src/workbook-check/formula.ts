/**
 * A small evaluator for the formulas gongshi writes (arithmetic, comparisons, text joined with &, SUM,
 * ROUND, ABS, IF, SUBSTITUTE, TEXT with digit placeholders, cell and range references, other sheets),
 * so a returned workbook can be recomputed from its own input cells without a spreadsheet program.
 * Anything else is reported as not understood rather than guessed.
 */
export type Value = number | string | boolean;

export interface CellResolver {
  /** The value of a cell: its input, or (recursively) its formula's result. */
  value(sheet: string, address: string): Value;
}

type Token = { kind: "num"; value: number } | { kind: "str"; value: string } | { kind: "ref"; sheet?: string; address: string } | { kind: "name"; value: string } | { kind: "op"; value: string };

export class FormulaError extends Error {}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (/[0-9.]/.test(ch)) {
      const m = /^\d*\.?\d+(?:[eE][+-]?\d+)?/.exec(text.slice(i))!;
      tokens.push({ kind: "num", value: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (ch === '"') {
      // A quote inside a string is written twice.
      const m = /^"((?:[^"]|"")*)"/.exec(text.slice(i));
      if (!m) throw new FormulaError("unterminated string");
      tokens.push({ kind: "str", value: m[1]!.replace(/""/g, '"') });
      i += m[0].length;
      continue;
    }
    // 'sheet name'!A1 or sheet!A1 or A1 or $A$1
    const quoted = /^'((?:[^']|'')+)'!(\$?[A-Z]+\$?\d+)/.exec(text.slice(i));
    const bare = /^([^\s!()+\-*/<>=,'"&:]+)!(\$?[A-Z]+\$?\d+)/.exec(text.slice(i));
    const local = /^\$?[A-Z]+\$?\d+(?![A-Za-z(])/.exec(text.slice(i));
    if (quoted || bare) {
      const m = (quoted ?? bare)!;
      tokens.push({ kind: "ref", sheet: m[1]!.replace(/''/g, "'"), address: m[2]!.replace(/\$/g, "") });
      i += m[0].length;
      continue;
    }
    if (local) {
      tokens.push({ kind: "ref", address: local[0].replace(/\$/g, "") });
      i += local[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(i));
    if (name) {
      tokens.push({ kind: "name", value: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/()<>=,:&])/.exec(text.slice(i));
    if (op) {
      tokens.push({ kind: "op", value: op[0] });
      i += op[0].length;
      continue;
    }
    throw new FormulaError(`unexpected character ${ch}`);
  }
  return tokens;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function expandRange(from: string, to: string): string[] {
  const a = /^([A-Z]+)(\d+)$/.exec(from)!;
  const b = /^([A-Z]+)(\d+)$/.exec(to)!;
  const cells: string[] = [];
  for (let c = columnNumber(a[1]!); c <= columnNumber(b[1]!); c++)
    for (let r = Number(a[2]); r <= Number(b[2]); r++) cells.push(`${columnLetters(c)}${r}`);
  return cells;
}

const asNumber = (v: Value): number => (typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : v === "" ? 0 : Number.NaN);

/** A value as text, the way & and the text functions see it: TRUE, FALSE, numbers as written. */
function asText(v: Value): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(Number(v.toPrecision(15)));
  return v;
}

/**
 * TEXT(value, format) for the one kind of format gongshi writes: digit placeholders (0) between
 * literal characters (\X), as in 0\仟0\佰… The value is rounded to a whole number and its digits fill
 * the placeholders from the right, the leftmost taking any surplus, as spreadsheet programs do.
 */
function digitsText(value: number, format: string): string {
  const parts: ({ digit: true } | { literal: string })[] = [];
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === "0") parts.push({ digit: true });
    else if (ch === "\\" && i + 1 < format.length) parts.push({ literal: format[++i]! });
    else throw new FormulaError(`TEXT format ${JSON.stringify(format)} is not one gongshi writes`);
  }
  const places = parts.filter((p) => "digit" in p).length;
  const whole = round(Math.abs(value), 0);
  const digits = String(whole).padStart(places, "0");
  const surplus = digits.length - places;
  let out = value < 0 && whole !== 0 ? "-" : "";
  let k = 0;
  for (const part of parts) {
    if ("literal" in part) out += part.literal;
    else out += k++ === 0 ? digits.slice(0, surplus + 1) : digits[surplus + k - 1]!;
  }
  return out;
}

/** Excel's ROUND: half away from zero, after a 15-digit clean-up so 5.025 (stored as 5.02499…) rounds up. */
function round(value: number, places: number): number {
  const factor = 10 ** places;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}

/** Evaluates a formula (without its leading =) on `sheet`, reading cells through `cells`. */
export function evaluate(formula: string, sheet: string, cells: CellResolver): Value {
  const tokens = tokenize(formula);
  let at = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++];
  const expectOp = (value: string) => {
    const t = take();
    if (!t || t.kind !== "op" || t.value !== value) throw new FormulaError(`expected ${value}`);
  };

  function comparison(): Value {
    let left = concatenation();
    for (;;) {
      const t = peek();
      if (t?.kind !== "op" || !["<", ">", "<=", ">=", "=", "<>"].includes(t.value)) return left;
      take();
      const right = concatenation();
      const [l, r] = typeof left === "string" || typeof right === "string" ? [String(left), String(right)] : [asNumber(left), asNumber(right)];
      left = { "<": l < r, ">": l > r, "<=": l <= r, ">=": l >= r, "=": l === r, "<>": l !== r }[t.value]!;
    }
  }
  function concatenation(): Value {
    let left = additive();
    while (peek()?.kind === "op" && (peek() as { value: string }).value === "&") {
      take();
      left = asText(left) + asText(additive());
    }
    return left;
  }
  function additive(): Value {
    let left = multiplicative();
    for (;;) {
      const t = peek();
      if (t?.kind !== "op" || (t.value !== "+" && t.value !== "-")) return left;
      take();
      const right = multiplicative();
      left = t.value === "+" ? asNumber(left) + asNumber(right) : asNumber(left) - asNumber(right);
    }
  }
  function multiplicative(): Value {
    let left = unary();
    for (;;) {
      const t = peek();
      if (t?.kind !== "op" || (t.value !== "*" && t.value !== "/")) return left;
      take();
      const right = unary();
      if (t.value === "/" && asNumber(right) === 0) throw new FormulaError("#DIV/0!");
      left = t.value === "*" ? asNumber(left) * asNumber(right) : asNumber(left) / asNumber(right);
    }
  }
  function unary(): Value {
    const t = peek();
    if (t?.kind === "op" && (t.value === "-" || t.value === "+")) {
      take();
      const v = asNumber(unary());
      return t.value === "-" ? -v : v;
    }
    return primary();
  }
  function args(): Value[][] {
    expectOp("(");
    const list: Value[][] = [];
    if (peek()?.kind === "op" && (peek() as { value: string }).value === ")") {
      take();
      return list;
    }
    for (;;) {
      list.push(argument());
      const t = take();
      if (t?.kind === "op" && t.value === ")") return list;
      if (!(t?.kind === "op" && t.value === ",")) throw new FormulaError("expected , or )");
    }
  }
  function argument(): Value[] {
    const t = peek();
    const next = tokens[at + 1];
    if (t?.kind === "ref" && next?.kind === "op" && next.value === ":") {
      take();
      take();
      const end = take();
      if (end?.kind !== "ref") throw new FormulaError("bad range");
      return expandRange(t.address, end.address).map((address) => cells.value(t.sheet ?? sheet, address));
    }
    return [comparison()];
  }
  function primary(): Value {
    const t = take();
    if (!t) throw new FormulaError("unexpected end");
    if (t.kind === "num" || t.kind === "str") return t.value;
    if (t.kind === "ref") return cells.value(t.sheet ?? sheet, t.address);
    if (t.kind === "op" && t.value === "(") {
      const v = comparison();
      expectOp(")");
      return v;
    }
    if (t.kind === "name") {
      if (t.value === "TRUE" || t.value === "FALSE") return t.value === "TRUE";
      const list = args();
      switch (t.value) {
        case "SUM":
          return list.flat().reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
        case "ROUND":
          return round(asNumber(list[0]![0]!), asNumber(list[1]![0]!));
        case "IF":
          return (list[0]![0] ? list[1]?.[0] : list[2]?.[0]) ?? false;
        case "ABS":
          return Math.abs(asNumber(list[0]![0]!));
        case "SUBSTITUTE":
          return asText(list[0]![0]!).split(asText(list[1]![0]!)).join(asText(list[2]![0]!));
        case "TEXT":
          return digitsText(asNumber(list[0]![0]!), asText(list[1]![0]!));
        default:
          throw new FormulaError(`function ${t.value} is not one gongshi writes`);
      }
    }
    throw new FormulaError("unexpected token");
  }

  const value = comparison();
  if (at !== tokens.length) throw new FormulaError("trailing input");
  return value;
}

/**
 * Formula text as two writers may differ on it: no quotes around sheet names, no $, no spaces, upper
 * case, and a one-cell range A1:A1 as the cell A1 (Gnumeric writes SUM(F13:F13) back as SUM(F13)).
 */
export function normalizeFormula(text: string): string {
  return text
    .replace(/^=/, "")
    .replace(/'((?:[^']|'')+)'!/g, (_, name: string) => `${name.replace(/''/g, "'")}!`)
    .replace(/\$/g, "")
    .replace(/\s+/g, "")
    .toUpperCase()
    .replace(/(?<![A-Z0-9])([A-Z]+\d+):\1(?!\d)/g, "$1");
}
