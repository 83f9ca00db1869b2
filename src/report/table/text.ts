import { annualHoursFor, type Standard } from "../../standard/model.js";
import { formatHours } from "../numbers.js";
import { fitText } from "../fit.js";
import type { View } from "../paint.js";
import { textTable } from "../text-table.js";
import { wordsIn } from "../../i18n/lang.js";

const WORDS = {
  head: { zh: ["序号", "代码", "工作类型/内容", "参考工时", "条款"], en: ["No.", "Code", "Item", "Reference hours", "Clause"] },
  part: { zh: "第四部分 各服务类别参考工时", en: "Part 4, reference hours" },
  annual: { zh: "年均工作时数（四（一）1、2）", en: "Annual hours (四（一）1、2)" },
  default: { zh: "（默认）", en: " (default)" },
  interpretations: { zh: "解读口径", en: "Interpretations" },
  overlap: { zh: "＊ 同一社区已有社区调研时不再另计", en: "＊ not counted again when the same community has a community survey" },
};

/** `gongshi table`: the 23 items by category with their rates and sub-steps, the annual-hours derivation, the interpretations. */
export function renderTableText(standard: Standard, { lang, paint, width }: View): string {
  const t = wordsIn(WORDS, lang);
  const table = textTable(paint, t.head, {
    rowRules: true,
    widths: [null, null, 40, 26, 30],
    width,
    text: [2, 3, 4],
    // Narrow: the code and the clause go under the item.
    foldUnder: { 1: 2, 4: 2 },
  });
  let category = "";
  for (const item of standard.items) {
    if (item.category !== category) {
      category = item.category;
      table.push([{ colSpan: 5, content: paint.bold(category) }]);
    }
    let hours: string;
    if (item.variants) hours = item.variants.options.map((o) => `${o.name}：${formatHours(o.hours)} 小时/${item.unit}`).join("\n");
    else if (item.hours) hours = `${formatHours(item.hours)} 小时/${item.unit}`;
    else hours = paint.yellow(item.hoursRule ?? "—");
    const name = [item.fullName, ...(item.substeps ?? []).map((s) => paint.dim(`  ${s.name} ${formatHours(s.hours)}${s.notCountedWith ? "＊" : ""}`))].join("\n");
    table.push([String(item.no), item.code, name, hours, item.clause]);
  }
  const out: string[] = [];
  out.push(paint.bold(`${standard.name}（${standard.document}）— ${t.part}`));
  out.push(table.toString());
  out.push(paint.bold(t.annual));
  const params = standard.annualHours;
  for (const option of standard.holidayOptions) {
    const a = annualHoursFor(params, option.days);
    out.push(
      `  (${params.daysPerYear} − ${option.days} − ${params.weekendDays} − ${params.annualLeaveDays}) × ${params.hoursPerDay.toExactString()} = ${formatHours(a.annual)}；× ${params.directServiceShare.mul(100).toExactString()}% = ${formatHours(a.direct)}  ${paint.dim(option.basis)}${option.days === params.publicHolidays ? t.default : ""}`,
    );
  }
  out.push(paint.bold(t.interpretations));
  for (const [id, text] of standard.interpretations) out.push(`  ${paint.cyan(id)}  ${text}`);
  out.push(paint.dim(t.overlap));
  return fitText(out.join("\n"), width) + "\n";
}
