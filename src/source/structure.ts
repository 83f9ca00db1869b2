/**
 * What a YAML file may be built of, beyond its syntax, checked before its data is taken: nothing that
 * could hang or crash the reader, and nothing read differently from what was written.
 *
 * - Nesting: real proposals nest a few levels; yaml's parser slows down quadratically with depth and
 *   overflows the stack near a thousand, so a text nested deeper than MAX_NESTING is refused before
 *   it is parsed (a linear scan of flow brackets, indentation and `- ` / `? ` indicators).
 * - An alias inside the node it names (`&p {kind: *p}`) would make a structure that contains itself.
 * - Tags: only the core schema's (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq). !!binary,
 *   !!timestamp, !!set and the like would give values no proposal has; a custom tag means nothing here.
 * - `__proto__` as a key: JavaScript would not keep it as data.
 * - A number the reader cannot hold exactly (1e-400 is 0, 1.00000000000000001 is 1, 2^53 + 1 is 2^53).
 */
import { isAlias, isScalar, visit, type Document, type Node } from "yaml";
import type { Located } from "./input-method.js";

/** Far deeper than any proposal, standard or config, far shallower than where yaml's parser struggles. */
export const MAX_NESTING = 64;

const CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

/** The offset where the text first nests deeper than MAX_NESTING, if it does. */
export function nestingTooDeep(text: string, limit: number = MAX_NESTING): number | undefined {
  /** Indentations of the block collections open above the current line. */
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | undefined;
  /** Lines more indented than this belong to a block scalar (| or >). */
  let blockScalar: number | undefined;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // A line: its indentation first.
    const lineStart = i;
    let indent = 0;
    while (i < n && text[i] === " ") {
      i++;
      indent++;
    }
    const blank = i >= n || text[i] === "\n" || text[i] === "\r" || (text[i] === "#" && flow === 0 && quote === undefined);
    if (blockScalar !== undefined) {
      if (blank || indent > blockScalar) {
        i = endOfLine(text, i) + 1; // past the line break: the next line
        continue;
      }
      blockScalar = undefined;
    }
    let depth = flow;
    if (flow === 0 && quote === undefined && !blank) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      depth = indents.length;
    }
    if (depth > limit) return lineStart;
    // The rest of the line: compact indicators, flow brackets, quotes, comments, block scalar headers.
    let valueStart = flow === 0 && quote === undefined;
    let keyColumn = indent;
    while (i < n && text[i] !== "\n") {
      const ch = text[i]!;
      if (quote !== undefined) {
        if (ch === "\\" && quote === '"') i++;
        else if (ch === quote) {
          if (quote === "'" && text[i + 1] === "'") i++;
          else quote = undefined;
        }
        i++;
        continue;
      }
      const next = text[i + 1];
      const spaceAfter = next === undefined || next === " " || next === "\n" || next === "\r" || next === "\t";
      if (ch === "#" && (i === lineStart || text[i - 1] === " " || text[i - 1] === "\t")) {
        i = endOfLine(text, i);
        break;
      }
      if (flow > 0) {
        if (ch === "[" || ch === "{") {
          flow++;
          if (flow + indents.length > limit) return i;
        } else if (ch === "]" || ch === "}") flow = Math.max(0, flow - 1);
        else if (ch === '"' || ch === "'") quote = ch;
        i++;
        continue;
      }
      if (valueStart) {
        if ((ch === "-" || ch === "?") && spaceAfter) {
          // A compact collection on the same line: `- - x`, `? - x`.
          depth++;
          if (depth > limit) return i;
          i++;
          keyColumn = i + 1 - lineStart;
          continue;
        }
        if (ch === " " || ch === "\t") {
          i++;
          continue;
        }
        if (ch === "&" || ch === "!") {
          // An anchor or a tag before the value: skip it.
          while (i < n && text[i] !== " " && text[i] !== "\n") i++;
          continue;
        }
        if (ch === "[" || ch === "{") {
          flow = 1;
          if (depth + flow > limit) return i;
          i++;
          continue;
        }
        if (ch === '"' || ch === "'") {
          quote = ch;
          valueStart = false;
          i++;
          continue;
        }
        if (ch === "|" || ch === ">") {
          blockScalar = keyColumn;
          i = endOfLine(text, i);
          break;
        }
        valueStart = false;
        keyColumn = i - lineStart;
      }
      // A key's colon: what follows is a value.
      if (ch === ":" && spaceAfter) valueStart = true;
      i++;
    }
    i++; // past the line break
  }
  return undefined;
}

function endOfLine(text: string, from: number): number {
  const at = text.indexOf("\n", from);
  return at < 0 ? text.length : at;
}

/** Aliases inside what they name, tags outside the core schema, `__proto__` keys, and numbers not read as written. */
export function structureProblems(doc: Document.Parsed): Located[] {
  const found: Located[] = [];
  const at = (node: Node | null | undefined) => node?.range?.[0] ?? 0;
  visit(doc, {
    Alias(_, alias) {
      const target = alias.resolve(doc);
      const [from, , to] = target?.range ?? [0, 0, 0];
      const here = at(alias);
      if (target && from <= here && here < to) {
        found.push({
          offset: here,
          code: "yaml-circular-alias",
          message: {
            zh: `别名 *${alias.source} 在它所指的 &${alias.source} 之内，会形成包含自身的结构（循环引用）`,
            en: `the alias *${alias.source} lies inside the &${alias.source} it names: a structure that contains itself`,
          },
        });
      }
    },
    Node(key, node) {
      if (isAlias(node)) return;
      const tag = node.tag;
      if (tag !== undefined && tag !== "!" && !CORE_TAGS.has(tag)) {
        const shown = tag.replace(/^tag:yaml\.org,2002:/, "!!");
        found.push({
          offset: at(node),
          code: "yaml-unsupported-tag",
          message: {
            zh: `不支持 YAML 标签 ${shown}：方案中只有文本、数字、true/false、列表和键值映射（去掉这个标签）`,
            en: `the YAML tag ${shown} is not supported: a proposal holds only text, numbers, true/false, lists and maps (remove the tag)`,
          },
        });
      }
      if (key === "key" && isScalar(node) && node.value === "__proto__") {
        found.push({
          offset: at(node),
          code: "reserved-key",
          message: { zh: "“__proto__”不能用作键或名称", en: "“__proto__” cannot be used as a key or a name" },
        });
      }
      if (isScalar(node) && typeof node.value === "number" && Number.isFinite(node.value) && typeof node.source === "string" && !readsAsWritten(node.source, node.value)) {
        found.push({
          offset: at(node),
          code: "number-not-exact",
          message: {
            zh: `数字 ${node.source.slice(0, 40)} 无法按所写的精确读取（会被读成 ${node.value}）：请写成不超过 15 位有效数字的数`,
            en: `the number ${node.source.slice(0, 40)} cannot be read exactly as written (it would be ${node.value}): write it with at most 15 significant digits`,
          },
        });
      }
    },
  });
  return found.sort((a, b) => a.offset - b.offset);
}

/** Whether a number's literal (decimal, 0x…, 0o…) denotes exactly the value read from it. */
export function readsAsWritten(literal: string, value: number): boolean {
  const text = literal.trim();
  if (/^[-+]?0[xo]/i.test(text)) {
    if (!Number.isInteger(value)) return false;
    const negative = text.startsWith("-");
    const digits = text.replace(/^[-+]/, "");
    const radix = /^0x/i.test(digits) ? 16 : 8;
    let exact = 0n;
    for (const ch of digits.slice(2)) exact = exact * BigInt(radix) + BigInt(parseInt(ch, radix));
    return (negative ? -exact : exact) === BigInt(value);
  }
  const written = decimalKey(text);
  return written === undefined || written === decimalKey(String(value));
}

/** A decimal literal as sign, significant digits and exponent ("-12e3" for -12000 and -1.2e4); undefined if not one. */
function decimalKey(text: string): string | undefined {
  const m = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(text);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return undefined;
  const fraction = m[3] ?? "";
  let digits = `${m[2]}${fraction}`.replace(/^0+/, "");
  if (digits === "") return "0";
  let exponent = BigInt(m[4] ?? "0") - BigInt(fraction.length);
  const trailing = /0*$/.exec(digits)![0].length;
  digits = digits.slice(0, digits.length - trailing);
  exponent += BigInt(trailing);
  return `${m[1] === "-" ? "-" : ""}${digits}e${exponent}`;
}
