import type { DeliveryReport } from "../../delivery/model.js";
import { MEASURE_NAMES } from "../../proposal/tender-sentences.js";
import type { IndicatorResult } from "../../tender/measure.js";
import { formatHours, formatShare } from "../numbers.js";
import type { View } from "../paint.js";
import { textTable } from "../text-table.js";
import { wordsIn } from "../../i18n/lang.js";

const WORDS = {
  tender: { zh: "招标指标", en: "Tender indicators" },
  tenderHead: { zh: ["招标指标", "核对的数", "方案", "结果"], en: ["Tender indicator", "Measured as", "Plan", "Result"] },
  deliveredHead: { zh: ["已完成", "结果"], en: ["Delivered", "Result"] },
  met: { zh: "满足", en: "met" },
  notMet: { zh: "未满足", en: "not met" },
  delivery: { zh: "执行情况（计划与完成）", en: "Delivered against planned" },
  deliveryHead: {
    zh: ["服务项目", "计划数量", "已完成", "完成率", "计划工时", "已完成工时"],
    en: ["Item", "Planned", "Delivered", "Rate", "Planned h", "Delivered h"],
  },
  total: { zh: "合计", en: "Total" },
  status: {
    zh: (r: DeliveryReport) =>
      `执行 ${r.monthsElapsed}/${r.months} 个月：已完成 ${formatHours(r.deliveredHours)} 小时，按月数折算的区间 ${formatHours(r.floor)} – ${formatHours(r.ceiling)} 小时`,
    en: (r: DeliveryReport) =>
      `${r.monthsElapsed} of ${r.months} months: ${formatHours(r.deliveredHours)} h delivered, prorated bounds ${formatHours(r.floor)} – ${formatHours(r.ceiling)} h`,
  },
};

/** Every tender indicator: the requirement as the tender says it, the plan's figure, met or not; delivered when known. */
export function renderTender(results: readonly IndicatorResult[], { lang, paint }: View): string {
  const t = wordsIn(WORDS, lang);
  const withDelivery = results.some((r) => r.deliveredMet !== null);
  const head = [...t.tenderHead, ...(withDelivery ? t.deliveredHead : [])];
  const table = textTable(paint, head, { wrap: true, widths: [34, 22] });
  const verdict = (met: boolean | null) => (met === null ? "—" : met ? paint.green(t.met) : paint.red(t.notMet));
  for (const r of results) {
    const figure = (n: number | null) => (n === null ? "—" : String(Number(n.toFixed(2))));
    const row = [r.indicator.clause, MEASURE_NAMES[r.indicator.measure], figure(r.planned), verdict(r.met)];
    if (withDelivery) row.push(r.indicator.perUnit ? "—" : figure(r.delivered), r.indicator.perUnit ? "—" : verdict(r.deliveredMet));
    table.push(row);
  }
  return `${paint.bold(t.tender)}\n${table.toString()}`;
}

/** Planned against delivered, item by item and in hours, against the bounds prorated to the months elapsed. */
export function renderDelivery(report: DeliveryReport, { lang, paint }: View): string {
  const t = wordsIn(WORDS, lang);
  const table = textTable(paint, t.deliveryHead, { align: ["left", "right", "right", "right", "right", "right"] });
  for (const line of report.lines) {
    table.push([
      line.name,
      String(line.plannedCount),
      String(line.deliveredCount),
      line.completion === null ? "—" : `${line.completion.mul(100).toFixed(1)}%`,
      formatHours(line.plannedHours),
      formatHours(line.deliveredHours),
    ]);
  }
  table.push([paint.bold(t.total), "", "", paint.bold(formatShare(report.deliveredHours, report.plannedHours)), paint.bold(formatHours(report.plannedHours)), paint.bold(formatHours(report.deliveredHours))]);
  const colour = report.position === "below" ? paint.red : paint.green;
  return `${paint.bold(t.delivery)}\n${table.toString()}\n${colour(t.status(report))}`;
}
