import type { WorkbookIssue } from "../../workbook-check/check-workbook.js";
import { fitText } from "../fit.js";
import type { View } from "../paint.js";
import { wordsIn } from "../../i18n/lang.js";

const WORDS = {
  clean: {
    zh: (file: string) => `${file}：工作簿中的公式、输入与存储结果均与 gongshi 导出时一致`,
    en: (file: string) => `${file}: every formula, input and stored result is as gongshi exported it`,
  },
  changed: {
    zh: (file: string, n: number) => `${file}：${n} 处与导出时不一致`,
    en: (file: string, n: number) => `${file}: ${n} cells differ from the export`,
  },
};

/** `gongshi check OUT.xlsx`: a verdict line, then each cell that no longer holds as sheet!cell, kind, what changed. */
export function renderWorkbookCheck(file: string, issues: readonly WorkbookIssue[], { lang, paint, width }: View): string {
  const t = wordsIn(WORDS, lang);
  const head = issues.length === 0 ? paint.green(t.clean(file)) : paint.red(t.changed(file, issues.length));
  const lines = issues.map((i) => `  ${paint.bold(`${i.sheet}!${i.address}`)}  ${paint.red(i.kind)}  ${i.message[lang]}`);
  return fitText([head, ...lines].join("\n"), width, 4) + "\n";
}
