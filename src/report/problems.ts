/**
 * Input that cannot be used (exit 2), in every command the same way: `file:line:column  错误  message`
 * for a person (the form editors and terminals turn into links), or JSON for a machine.
 */
import { wordsIn, type Lang } from "../i18n/lang.js";
import type { InputProblem } from "../source/problem.js";
import { fitText } from "./fit.js";
import type { View } from "./paint.js";

const WORDS = {
  label: { zh: "错误", en: "error" },
  tail: {
    zh: (n: number) => `${n} 处输入错误，文件无法使用（退出码 2）`,
    en: (n: number) => `${n} input problem${n === 1 ? "" : "s"}: the file cannot be used (exit 2)`,
  },
};

export function renderProblems(problems: readonly InputProblem[], { lang, paint, width }: View): string {
  const t = wordsIn(WORDS, lang);
  const lines = problems.map((p) => `${paint.bold(`${p.file}:${p.line}:${p.column}`)}  ${paint.red(t.label)}  ${p.message[lang]}  ${paint.dim(p.code)}`);
  // On a terminal a long message continues indented; the file:line:column that editors link stays whole.
  return fitText(`${lines.join("\n")}\n${paint.dim(t.tail(problems.length))}`, width, 4) + "\n";
}

export function problemsJson(problems: readonly InputProblem[], lang: Lang) {
  return {
    problems: problems.map((p) => ({ file: p.file, line: p.line, column: p.column, code: p.code, message: p.message[lang] })),
    summary: { exitCode: 2 },
  };
}
