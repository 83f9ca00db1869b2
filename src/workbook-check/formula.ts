/**
 * A small evaluator for the formulas gongshi writes (arithmetic, comparisons, SUM, ROUND, IF, cell and
 * range references, other sheets), so a returned workbook can be recomputed from its own input cells
 * without a spreadsheet program. Anything else is reported as not understood rather than guessed.
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
      const end = text.indexOf('"', i + 1);
      if (end < 0) throw new FormulaError("unterminated string");
      tokens.push({ kind: "str", value: text.slice(i + 1, end) });
      i = end + 1;
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
    let left = additive();
    for (;;) {
      const t = peek();
      if (t?.kind !== "op" || !["<", ">", "<=", ">=", "=", "<>"].includes(t.value)) return left;
      take();
      const right = additive();
      const [l, r] = typeof left === "string" || typeof right === "string" ? [String(left), String(right)] : [asNumber(left), asNumber(right)];
      left = { "<": l < r, ">": l > r, "<=": l <= r, ">=": l >= r, "=": l === r, "<>": l !== r }[t.value]!;
    }
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

/** Formula text as two writers may differ on it: no quotes around sheet names, no $, no spaces, upper case. */
export function normalizeFormula(text: string): string {
  return text.replace(/^=/, "").replace(/'((?:[^']|'')+)'!/g, (_, name: string) => `${name.replace(/''/g, "'")}!`).replace(/\$/g, "").replace(/\s+/g, "").toUpperCase();
}
