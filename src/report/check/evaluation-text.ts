import Table from "cli-table3";
import type { DeliveryReport } from "../../delivery/model.js";
import { MEASURE_NAMES } from "../../proposal/tender-sentences.js";
import type { IndicatorResult } from "../../tender/measure.js";
import { formatHours, formatShare } from "../numbers.js";
import type { View } from "../paint.js";

const NO_RULES = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };

/** Every tender indicator: the requirement as the tender says it, the plan's figure, met or not; delivered when known. */
export function renderTender(results: readonly IndicatorResult[], { lang, paint }: View): string {
  const zh = lang === "zh";
  const withDelivery = results.some((r) => r.deliveredMet !== null);
  const head = zh ? ["招标指标", "核对的数", "方案", "结果"] : ["Tender indicator", "Measured as", "Plan", "Result"];
  if (withDelivery) head.push(...(zh ? ["已完成", "结果"] : ["Delivered", "Result"]));
  const table = new Table({ head: head.map((h) => paint.bold(h)), style: { head: [], border: [] }, chars: NO_RULES, wordWrap: true, colWidths: [34, 22] });
  const verdict = (met: boolean | null) => (met === null ? "—" : met ? paint.green(zh ? "满足" : "met") : paint.red(zh ? "未满足" : "not met"));
  for (const r of results) {
    const figure = (n: number | null) => (n === null ? "—" : String(Number(n.toFixed(2))));
    const row = [r.indicator.clause, MEASURE_NAMES[r.indicator.measure], figure(r.planned), verdict(r.met)];
    if (withDelivery) row.push(r.indicator.perUnit ? "—" : figure(r.delivered), r.indicator.perUnit ? "—" : verdict(r.deliveredMet));
    table.push(row);
  }
  return `${paint.bold(zh ? "招标指标" : "Tender indicators")}\n${table.toString()}`;
}

/** Planned against delivered, item by item and in hours, against the bounds prorated to the months elapsed. */
export function renderDelivery(report: DeliveryReport, { lang, paint }: View): string {
  const zh = lang === "zh";
  const table = new Table({
    head: (zh ? ["服务项目", "计划数量", "已完成", "完成率", "计划工时", "已完成工时"] : ["Item", "Planned", "Delivered", "Rate", "Planned h", "Delivered h"]).map((h) => paint.bold(h)),
    style: { head: [], border: [] },
    chars: NO_RULES,
    colAligns: ["left", "right", "right", "right", "right", "right"],
  });
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
  table.push([paint.bold(zh ? "合计" : "Total"), "", "", paint.bold(formatShare(report.deliveredHours, report.plannedHours)), paint.bold(formatHours(report.plannedHours)), paint.bold(formatHours(report.deliveredHours))]);
  const behind = report.position === "below";
  const status = zh
    ? `执行 ${report.monthsElapsed}/${report.months} 个月：已完成 ${formatHours(report.deliveredHours)} 小时，按月数折算的区间 ${formatHours(report.floor)} – ${formatHours(report.ceiling)} 小时`
    : `${report.monthsElapsed} of ${report.months} months: ${formatHours(report.deliveredHours)} h delivered, prorated bounds ${formatHours(report.floor)} – ${formatHours(report.ceiling)} h`;
  return `${paint.bold(zh ? "执行情况（计划与完成）" : "Delivered against planned")}\n${table.toString()}\n${(behind ? paint.red : paint.green)(status)}`;
}
