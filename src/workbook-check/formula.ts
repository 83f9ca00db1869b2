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

/** A formula that cannot be evaluated; `words` when the reason is one a reader should be told in their language. */
export class FormulaError extends Error {
  constructor(
    message: string,
    readonly words?: { zh: string; en: string },
  ) {
    super(message);
  }
}

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
      const m = /^\d*\.?\d+(?:[eE][+-]?\d+)?/.exec(text.slice(i));
      if (!m) throw new FormulaError(`unexpected character ${ch}`);
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
  const [c1, c2] = [columnNumber(a[1]!), columnNumber(b[1]!)].sort((x, y) => x - y);
  const [r1, r2] = [Number(a[2]), Number(b[2])].sort((x, y) => x - y);
  const cells: string[] = [];
  for (let c = c1!; c <= c2!; c++) for (let r = r1!; r <= r2!; r++) cells.push(`${columnLetters(c)}${r}`);
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

/** Excel's own limits on a formula: a longer or deeper one is none that gongshi (or anyone) wrote. */
export const MAX_FORMULA_LENGTH = 8192;
export const MAX_FORMULA_NESTING = 64;

/** A formula parsed: evaluated afterwards, so IF can leave the branch it does not take alone. */
export type Ast =
  | { kind: "value"; value: Value }
  | { kind: "ref"; sheet?: string; address: string }
  | { kind: "range"; sheet?: string; from: string; to: string }
  | { kind: "unary"; op: string; operand: Ast }
  | { kind: "binary"; op: string; left: Ast; right: Ast }
  | { kind: "call"; name: string; args: Ast[] };

/** Parses a formula (without its leading =); a FormulaError for anything gongshi does not write, or beyond Excel's limits. */
export function parseFormula(formula: string): Ast {
  if (formula.length > MAX_FORMULA_LENGTH) {
    const en = `longer than ${MAX_FORMULA_LENGTH} characters`;
    throw new FormulaError(en, { zh: `超过 ${MAX_FORMULA_LENGTH} 个字符`, en });
  }
  const tokens = tokenize(formula);
  let at = 0;
  let depth = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++];
  const isOp = (t: Token | undefined, ...values: string[]): t is Token & { kind: "op" } => t?.kind === "op" && values.includes(t.value);
  const expectOp = (value: string) => {
    if (!isOp(take(), value)) throw new FormulaError(`expected ${value}`);
  };
  const deeper = <T>(parse: () => T): T => {
    if (++depth > MAX_FORMULA_NESTING) {
      const en = `nested more than ${MAX_FORMULA_NESTING} levels`;
      throw new FormulaError(en, { zh: `嵌套超过 ${MAX_FORMULA_NESTING} 层`, en });
    }
    try {
      return parse();
    } finally {
      depth--;
    }
  };
  const binary = (next: () => Ast, ...ops: string[]) => () => {
    let left = next();
    while (isOp(peek(), ...ops)) {
      const op = (take() as { value: string }).value;
      left = { kind: "binary", op, left, right: next() } as Ast;
    }
    return left;
  };
  const primary = (): Ast => {
    const t = take();
    if (!t) throw new FormulaError("unexpected end");
    if (t.kind === "num" || t.kind === "str") return { kind: "value", value: t.value };
    if (t.kind === "ref") {
      if (isOp(peek(), ":")) {
        take();
        const end = take();
        if (end?.kind !== "ref") throw new FormulaError("bad range");
        return { kind: "range", sheet: t.sheet, from: t.address, to: end.address };
      }
      return { kind: "ref", sheet: t.sheet, address: t.address };
    }
    if (isOp(t, "(")) {
      const inner = deeper(comparison);
      expectOp(")");
      return inner;
    }
    if (t.kind === "name") {
      if ((t.value === "TRUE" || t.value === "FALSE") && !isOp(peek(), "(")) return { kind: "value", value: t.value === "TRUE" };
      return deeper(() => {
        expectOp("(");
        const list: Ast[] = [];
        if (isOp(peek(), ")")) take();
        else
          for (;;) {
            list.push(comparison());
            const next = take();
            if (isOp(next, ")")) break;
            if (!isOp(next, ",")) throw new FormulaError("expected , or )");
          }
        return { kind: "call", name: t.value, args: list } as Ast;
      });
    }
    throw new FormulaError("unexpected token");
  };
  const unary = (): Ast => {
    if (isOp(peek(), "-", "+")) {
      const op = (take() as { value: string }).value;
      return deeper(() => ({ kind: "unary", op, operand: unary() }) as Ast);
    }
    return primary();
  };
  const multiplicative = binary(unary, "*", "/");
  const additive = binary(multiplicative, "+", "-");
  const concatenation = binary(additive, "&");
  const comparison: () => Ast = binary(concatenation, "<", ">", "<=", ">=", "=", "<>");
  const ast = comparison();
  if (at !== tokens.length) throw new FormulaError("trailing input");
  return ast;
}

/** How many cells a range covers; a FormulaError when it is larger than any gongshi writes (one column of its longest table). */
export function rangeCells(from: string, to: string, maxCells: number): string[] {
  const a = /^([A-Z]+)(\d+)$/.exec(from)!;
  const b = /^([A-Z]+)(\d+)$/.exec(to)!;
  const columns = Math.abs(columnNumber(b[1]!) - columnNumber(a[1]!)) + 1;
  const rows = Math.abs(Number(b[2]) - Number(a[2])) + 1;
  if (columns * rows > maxCells) {
    const en = `the range ${from}:${to} covers ${columns * rows} cells, more than any gongshi writes (${maxCells})`;
    throw new FormulaError(en, { zh: `区域 ${from}:${to} 有 ${columns * rows} 个单元格，超过 gongshi 写的任何区域（${maxCells}）`, en });
  }
  return expandRange(from, to);
}

/** Every cell a formula reads (both branches of an IF, every cell of a range), as sheet and address. */
export function referencesOf(ast: Ast, sheet: string, maxRangeCells: number): { sheet: string; address: string }[] {
  const found: { sheet: string; address: string }[] = [];
  const stack: Ast[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.kind) {
      case "ref":
        found.push({ sheet: node.sheet ?? sheet, address: node.address });
        break;
      case "range":
        for (const address of rangeCells(node.from, node.to, maxRangeCells)) found.push({ sheet: node.sheet ?? sheet, address });
        break;
      case "unary":
        stack.push(node.operand);
        break;
      case "binary":
        stack.push(node.left, node.right);
        break;
      case "call":
        stack.push(...node.args);
        break;
    }
  }
  return found;
}

/**
 * Evaluates a parsed formula on `sheet`, reading cells through `cells`. IF evaluates its condition and
 * then only the branch it takes, as spreadsheet programs do: IF(x=0,0,y/x) is 0, not #DIV/0!, when x is 0.
 */
export function evaluateAst(ast: Ast, sheet: string, cells: CellResolver, maxRangeCells: number = Number.POSITIVE_INFINITY): Value {
  const one = (node: Ast): Value => {
    switch (node.kind) {
      case "value":
        return node.value;
      case "ref":
        return cells.value(node.sheet ?? sheet, node.address);
      case "range":
        throw new FormulaError("a range outside a function");
      case "unary": {
        const v = asNumber(one(node.operand));
        return node.op === "-" ? -v : v;
      }
      case "binary":
        return binaryValue(node.op, one(node.left), () => one(node.right));
      case "call":
        return call(node.name, node.args);
    }
  };
  const values = (node: Ast): Value[] =>
    node.kind === "range" ? rangeCells(node.from, node.to, maxRangeCells).map((address) => cells.value(node.sheet ?? sheet, address)) : [one(node)];
  const call = (name: string, args: Ast[]): Value => {
    const arg = (i: number) => {
      const node = args[i];
      if (!node) throw new FormulaError(`${name} needs more arguments`);
      return one(node);
    };
    switch (name) {
      case "SUM":
        return args.flatMap(values).reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
      case "ROUND":
        return round(asNumber(arg(0)), asNumber(arg(1)));
      case "IF": {
        const condition = arg(0);
        const chosen = condition === true || (typeof condition === "number" && condition !== 0) || (typeof condition === "string" && condition !== "") ? 1 : 2;
        return args[chosen] ? one(args[chosen]!) : false;
      }
      case "ABS":
        return Math.abs(asNumber(arg(0)));
      case "SUBSTITUTE":
        return asText(arg(0)).split(asText(arg(1))).join(asText(arg(2)));
      case "TEXT":
        return digitsText(asNumber(arg(0)), asText(arg(1)));
      default:
        throw new FormulaError(`function ${name} is not one gongshi writes`);
    }
  };
  return one(ast);
}

function binaryValue(op: string, left: Value, rightOf: () => Value): Value {
  const right = rightOf();
  switch (op) {
    case "&":
      return asText(left) + asText(right);
    case "+":
      return asNumber(left) + asNumber(right);
    case "-":
      return asNumber(left) - asNumber(right);
    case "*":
      return asNumber(left) * asNumber(right);
    case "/":
      if (asNumber(right) === 0) throw new FormulaError("#DIV/0!");
      return asNumber(left) / asNumber(right);
  }
  const [l, r] = typeof left === "string" || typeof right === "string" ? [String(left), String(right)] : [asNumber(left), asNumber(right)];
  return { "<": l < r, ">": l > r, "<=": l <= r, ">=": l >= r, "=": l === r, "<>": l !== r }[op]!;
}

/** Evaluates a formula (without its leading =) on `sheet`, reading cells through `cells`. */
export function evaluate(formula: string, sheet: string, cells: CellResolver): Value {
  return evaluateAst(parseFormula(formula), sheet, cells);
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
