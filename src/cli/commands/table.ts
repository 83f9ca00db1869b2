import Table from "cli-table3";
import { renderProblems } from "../../report/problems-text.js";
import { formatHours } from "../../report/numbers.js";
import { InputError } from "../../source/problem.js";
import { loadStandard } from "../../standard/load.js";
import { annualHoursFor, type Standard } from "../../standard/model.js";
import { EXIT, type CommandIO } from "../io.js";

export function runTable(options: { standard: string; format: "text" | "json" }, io: CommandIO): number {
  let standard: Standard;
  try {
    standard = loadStandard(options.standard);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(renderProblems(error.problems, io.lang, io.err));
    return EXIT.unusable;
  }
  io.stdout.write(options.format === "json" ? JSON.stringify(tableJson(standard), null, 2) + "\n" : tableText(standard, io));
  return EXIT.ok;
}

function tableJson(standard: Standard) {
  return {
    id: standard.id,
    name: standard.name,
    document: standard.document,
    annualHours: standard.holidayOptions.map((o) => {
      const a = annualHoursFor(standard.annualHours, o.days);
      return { publicHolidays: o.days, basis: o.basis, annual: a.annual.toNumber(2), direct: a.direct.toNumber(2) };
    }),
    items: standard.items.map((item) => ({
      no: item.no,
      code: item.code,
      name: item.name,
      fullName: item.fullName,
      category: item.category,
      hours: item.hours?.toNumber(2) ?? null,
      hoursRule: item.hoursRule ?? null,
      unit: item.unit,
      clause: item.clause,
      variants: item.variants?.options.map((o) => ({ [item.variants!.by]: o.value, name: o.name, hours: o.hours.toNumber(2) })) ?? null,
      substeps: item.substeps?.map((s) => ({ code: s.code, name: s.name, hours: s.hours.toNumber(2), notCountedWith: s.notCountedWith ?? null })) ?? null,
      scale: item.scale ?? null,
    })),
    interpretations: Object.fromEntries(standard.interpretations),
  };
}

function tableText(standard: Standard, io: CommandIO): string {
  const zh = io.lang === "zh";
  const p = io.out;
  const table = new Table({
    head: (zh ? ["序号", "代码", "工作类型/内容", "参考工时", "条款"] : ["No.", "Code", "Item", "Reference hours", "Clause"]).map((h) => p.bold(h)),
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [null, null, 40, 26, 30],
  });
  let category = "";
  for (const item of standard.items) {
    if (item.category !== category) {
      category = item.category;
      table.push([{ colSpan: 5, content: p.bold(category) }]);
    }
    let hours: string;
    if (item.variants) hours = item.variants.options.map((o) => `${o.name}：${formatHours(o.hours)} 小时/${item.unit}`).join("\n");
    else if (item.hours) hours = `${formatHours(item.hours)} 小时/${item.unit}`;
    else hours = p.yellow(item.hoursRule ?? "—");
    const name = [item.fullName, ...(item.substeps ?? []).map((s) => p.dim(`  ${s.name} ${formatHours(s.hours)}${s.notCountedWith ? "＊" : ""}`))].join("\n");
    table.push([String(item.no), item.code, name, hours, item.clause]);
  }
  const out: string[] = [];
  out.push(p.bold(`${standard.name}（${standard.document}）— ${zh ? "第四部分 各服务类别参考工时" : "Part 4, reference hours"}`));
  out.push(table.toString());
  out.push(p.bold(zh ? "年均工作时数（四（一）1、2）" : "Annual hours (四（一）1、2)"));
  for (const option of standard.holidayOptions) {
    const a = annualHoursFor(standard.annualHours, option.days);
    const params = standard.annualHours;
    out.push(
      `  (${params.daysPerYear} − ${option.days} − ${params.weekendDays} − ${params.annualLeaveDays}) × ${params.hoursPerDay.toExactString()} = ${formatHours(a.annual)}；× ${params.directServiceShare.mul(100).toExactString()}% = ${formatHours(a.direct)}  ${p.dim(option.basis)}${option.days === params.publicHolidays ? (zh ? "（默认）" : " (default)") : ""}`,
    );
  }
  out.push(p.bold(zh ? "解读口径" : "Interpretations"));
  for (const [id, text] of standard.interpretations) out.push(`  ${p.cyan(id)}  ${text}`);
  out.push(p.dim(zh ? "＊ 同一社区已有社区调研时不再另计" : "＊ not counted again when the same community has a community survey"));
  return out.join("\n") + "\n";
}
