import type { z } from "zod";
import type { Localized } from "../i18n/lang.js";
import type { InputProblem } from "./problem.js";
import type { YamlPath, YamlSource } from "./yaml-source.js";

/**
 * Turns zod's issues into InputProblems at the YAML node concerned, worded in Chinese and English.
 * Schemas attach `params: { message: { zh, en } }` to their own refinements; everything else is
 * worded here from zod's issue code.
 */
export function zodProblems(source: YamlSource, allIssues: readonly z.core.$ZodIssue[]): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const issue of lastPerPathAndCode(allIssues)) {
    if (issue.code === "invalid_union") {
      // Report the branch that got furthest: the one whose first issue has the longest path.
      const branches = issue.errors.filter((b) => b.length > 0);
      const best = branches.sort((a, b) => depth(b) - depth(a))[0];
      if (best) {
        problems.push(...zodProblems(source, best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }))));
        continue;
      }
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = [...issue.path, key] as YamlPath;
        problems.push(source.problem(path, "unknown-key", unknownKey(path, key, issue, source.echo), "key"));
      }
      continue;
    }
    const path = issue.path as YamlPath;
    const missing = issue.code === "invalid_type" && issue.input === undefined;
    const message = missing ? missingKey(path, issue) : describe(path, issue, source.echo);
    problems.push(source.problem(path, missing ? "missing-key" : issue.code.replace(/_/g, "-"), message, missing ? "key" : "value"));
  }
  return problems;
}

/**
 * One message per node and kind: 1e20 breaks both the safe-integer range and our own maximum, and
 * the later (ours) is the one that helps.
 */
function lastPerPathAndCode(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const byKey = new Map<string, z.core.$ZodIssue>();
  for (const issue of issues) {
    const key = `${issue.code}\u0000${issue.path.map(String).join("\u0000")}`;
    byKey.delete(key);
    byKey.set(key, issue);
  }
  return [...byKey.values()];
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(...issues.map((i) => i.path.length));
}

/** services[3].count — the path as a person reads it. */
export function displayPath(path: YamlPath): string {
  let text = "";
  for (const segment of path) {
    text += typeof segment === "number" ? `[${segment}]` : text ? `.${segment}` : segment;
  }
  return text || "（文档根）";
}

function at(path: YamlPath): { zh: string; en: string } {
  const shown = displayPath(path);
  return { zh: path.length ? `${shown}：` : "", en: path.length ? `${shown}: ` : "" };
}

function missingKey(path: YamlPath, issue: z.core.$ZodIssue): Localized {
  const name = String(path[path.length - 1] ?? "");
  const parent = displayPath(path.slice(0, -1));
  const custom = customMessage(issue);
  if (custom) return custom;
  return {
    zh: `${parent} 缺少必填项 ${name}`,
    en: `${parent} is missing the required key ${name}`,
  };
}

function unknownKey(path: YamlPath, key: string, issue: z.core.$ZodIssue, echo: boolean): Localized {
  const parent = displayPath(path.slice(0, -1));
  const custom = customMessage(issue);
  if (custom) return custom;
  if (!echo) return { zh: `${parent} 中有一个不认识的键`, en: `${parent} has a key it does not know` };
  return {
    zh: `${parent} 中没有 ${quoted(key)} 这一项（拼写错误？）`,
    en: `${parent} has no key ${quoted(key)} (a typo?)`,
  };
}

const TYPE_NAMES: Record<string, Localized> = {
  string: { zh: "文本", en: "text" },
  number: { zh: "数字", en: "a number" },
  int: { zh: "整数", en: "a whole number" },
  boolean: { zh: "true 或 false", en: "true or false" },
  object: { zh: "键值映射（key: value）", en: "a map (key: value)" },
  array: { zh: "列表（- 开头的各行）", en: "a list (lines starting with -)" },
  null: { zh: "空值", en: "nothing (null)" },
  date: { zh: "日期", en: "a date" },
};

function typeOf(input: unknown, received: string | undefined, echo: boolean): string {
  if (received === "NaN" || received === "Infinity") return received;
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  if (!echo) return typeof input === "number" && Number.isInteger(input) ? "int" : typeof input;
  if (typeof input === "number" && !Number.isInteger(input)) return `number ${input}`;
  if (typeof input === "number") return `int ${input}`;
  if (typeof input === "string") return `string ${quoted(input)}`;
  return typeof input;
}

/** A value written by the user, as a message quotes it: at most 40 characters. */
export function quoted(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(text.length > 40 ? text.slice(0, 40) + "…" : text);
}

function receivedText(input: unknown, received: string | undefined, echo: boolean): Localized {
  const kind = typeOf(input, received, echo);
  const [head = "", ...rest] = kind.split(" ");
  const name = TYPE_NAMES[head];
  const tail = rest.length ? ` ${rest.join(" ")}` : "";
  if (!name) return { zh: kind, en: kind };
  return { zh: `${name.zh}${tail}`, en: `${name.en}${tail}` };
}

function customMessage(issue: z.core.$ZodIssue): Localized | undefined {
  const params = (issue as { params?: { message?: Localized } }).params;
  return params?.message;
}

function describe(path: YamlPath, issue: z.core.$ZodIssue, echo: boolean): Localized {
  const where = at(path);
  const custom = customMessage(issue);
  if (custom) return { zh: where.zh + custom.zh, en: where.en + custom.en };
  switch (issue.code) {
    case "invalid_type": {
      const expected = TYPE_NAMES[issue.expected] ?? { zh: issue.expected, en: issue.expected };
      const got = receivedText(issue.input, (issue as { received?: string }).received, echo);
      return {
        zh: `${where.zh}应为${expected.zh}，实际为${got.zh}`,
        en: `${where.en}expected ${expected.en}, got ${got.en}`,
      };
    }
    case "too_small": {
      const bound = String(issue.minimum);
      if (issue.origin === "array")
        return { zh: `${where.zh}至少需要 ${bound} 项`, en: `${where.en}needs at least ${bound} entries` };
      if (issue.origin === "string")
        return { zh: `${where.zh}不能为空`, en: `${where.en}must not be empty` };
      const got = echo ? { zh: `（实际为 ${String(issue.input)}）`, en: ` (got ${String(issue.input)})` } : { zh: "", en: "" };
      return issue.inclusive
        ? { zh: `${where.zh}不能小于 ${bound}${got.zh}`, en: `${where.en}must be at least ${bound}${got.en}` }
        : { zh: `${where.zh}必须大于 ${bound}${got.zh}`, en: `${where.en}must be greater than ${bound}${got.en}` };
    }
    case "too_big": {
      const bound = String(issue.maximum);
      if (issue.origin === "array")
        return { zh: `${where.zh}最多 ${bound} 项`, en: `${where.en}allows at most ${bound} entries` };
      if (issue.origin === "string")
        return { zh: `${where.zh}过长（最多 ${bound} 个字符）`, en: `${where.en}too long (at most ${bound} characters)` };
      const got = echo ? { zh: `（实际为 ${String(issue.input)}）`, en: ` (got ${String(issue.input)})` } : { zh: "", en: "" };
      return { zh: `${where.zh}不能大于 ${bound}${got.zh}`, en: `${where.en}must be at most ${bound}${got.en}` };
    }
    case "invalid_value": {
      const options = issue.values.map((v) => JSON.stringify(v)).join("、");
      const got = echo ? { zh: `（实际为 ${quoted(issue.input)}）`, en: ` (got ${quoted(issue.input)})` } : { zh: "", en: "" };
      return {
        zh: `${where.zh}只能是 ${options} 之一${got.zh}`,
        en: `${where.en}must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}${got.en}`,
      };
    }
    case "not_multiple_of": {
      // 0.01 is "two decimals": how people say it, and what the schema's multipleOf means.
      const places = Math.round(-Math.log10(Number(issue.divisor)));
      if (places > 0 && Number(issue.divisor) === 10 ** -places)
        return { zh: `${where.zh}最多 ${places} 位小数`, en: `${where.en}at most ${places} decimals` };
      return { zh: `${where.zh}应为 ${String(issue.divisor)} 的整数倍`, en: `${where.en}must be a multiple of ${String(issue.divisor)}` };
    }
    case "invalid_format": {
      const got = echo ? { zh: `，实际为 ${quoted(issue.input)}`, en: `, got ${quoted(issue.input)}` } : { zh: "", en: "" };
      if (issue.format === "date") {
        // Written right but no such day (zod's date pattern knows month lengths and leap years).
        if (typeof issue.input === "string" && /^\d{4}-\d{2}-\d{2}$/.test(issue.input))
          return { zh: `${where.zh}这一天不存在（如 2 月 30 日，或平年的 2 月 29 日）`, en: `${where.en}no such day (February 30, say, or February 29 outside a leap year)` };
        return { zh: `${where.zh}日期应写成 YYYY-MM-DD${got.zh ? `（${got.zh.slice(1)}）` : ""}`, en: `${where.en}dates are written YYYY-MM-DD${got.en ? ` (${got.en.slice(2)})` : ""}` };
      }
      return {
        zh: `${where.zh}格式不正确（应为 ${issue.format}${got.zh}）`,
        en: `${where.en}wrong format (expected ${issue.format}${got.en})`,
      };
    }
    default:
      return { zh: `${where.zh}${issue.message}`, en: `${where.en}${issue.message}` };
  }
}
