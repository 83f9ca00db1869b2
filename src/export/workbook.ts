/**
 * The budget workbook an evaluator opens in Excel, WPS or LibreOffice. Every subtotal and total is a
 * live formula over the cells it adds, with the result gongshi computed stored beside it, so a viewer
 * that does not recalculate shows the right numbers and one that does gets the same. Inputs (counts,
 * unit hours, prices, percentages) are shaded yellow; everything else is a formula or a label.
 * Where things sit is described in layout.ts; the verdicts shown are the domain's own.
 *
 * `gongshi check` of a returned workbook rebuilds the expected workbook with this same code from the
 * proposal embedded in the hidden sheet.
 */
import ExcelJS from "exceljs";
import type { Analysis } from "../analysis/analyse.js";
import type { Budget, SupervisionCost } from "../budget/model.js";
import type { DeliveryReport } from "../delivery/model.js";
import { countBySeverity } from "../engine/finding.js";
import { SEVERITY_LABEL } from "../engine/wording.js";
import type { Fen } from "../exact/money.js";
import { displayWidth } from "../i18n/width.js";
import type { Standard } from "../standard/model.js";
import type { BoundsPosition } from "../workload/model.js";
import {
  at,
  BUDGET_COLUMNS,
  DELIVERY_COLUMNS,
  FINDINGS_COLUMNS,
  INPUT_COLOUR,
  letters,
  SHEETS,
  SOURCE,
  SUMMARY_ROWS,
  summaryNote,
  summaryValue,
  SUPERVISION_COLUMNS,
  TABLE_COLUMNS,
  WORKLOAD_COLUMNS,
} from "./layout.js";

/** Excel holds at most 32,767 characters in a cell; the embedded YAML is split into rows well under that. */
const CHUNK = 16_000;

const INPUT_FILL: ExcelJS.FillPattern = { type: "pattern", pattern: "solid", fgColor: { argb: INPUT_COLOUR } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const TOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
const CNY = '"¥"#,##0.00';
const HOURS = "#,##0.00";
const PERCENT = "0.00%";
const FONT = "等线";
const MAX_WIDTH = 40;

const ref = (sheet: string, cell: string) => `'${sheet}'!${cell}`;
const summaryRef = (row: Parameters<typeof summaryValue>[0]) => ref(SHEETS.summary, summaryValue(row));
const num = (value: import("../exact/rational.js").Rational) => Number(value.toFixed(10));
const yuan = (fen: Fen) => fen / 100;

const BOUNDS_WORDS: Record<BoundsPosition, string> = { below: "低于下限", within: "在区间内", above: "高于上限" };
const PRORATED_WORDS: Record<BoundsPosition, string> = { below: "低于折算下限", within: "在折算区间内", above: "高于折算上限" };

export async function buildWorkbook(analysis: Analysis): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "gongshi";
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  // Ask spreadsheet programs to recompute on open; the stored results serve those that do not.
  workbook.calcProperties.fullCalcOnLoad = true;

  const summary = workbook.addWorksheet(SHEETS.summary);
  const workload = workbook.addWorksheet(SHEETS.workload);
  const supervision = analysis.supervisionCost ? workbook.addWorksheet(SHEETS.supervision) : undefined;
  const budget = analysis.budget ? workbook.addWorksheet(SHEETS.budget) : undefined;
  const delivery = analysis.delivery ? workbook.addWorksheet(SHEETS.delivery) : undefined;
  const findings = workbook.addWorksheet(SHEETS.findings);
  const table = workbook.addWorksheet(SHEETS.table);

  const workloadTotal = fillWorkload(workload, analysis);
  const supervisionTotal = supervision && analysis.supervisionCost ? fillSupervision(supervision, analysis.supervisionCost) : undefined;
  const budgetTotal = budget && analysis.budget ? fillBudget(budget, analysis.budget, workloadTotal, supervisionTotal) : undefined;
  fillSummary(summary, analysis, workloadTotal, supervisionTotal, budgetTotal);
  if (delivery && analysis.delivery) fillDelivery(delivery, analysis.delivery);
  fillFindings(findings, analysis);
  fillTable(table, analysis.proposal.standard);

  for (const sheet of workbook.worksheets) finishSheet(sheet);
  embedSource(workbook, analysis);
  return workbook;
}

/**
 * The proposal (and delivery file) text, the standard and the holidays used, in a hidden sheet: what
 * `gongshi check OUT.xlsx` rebuilds the expected workbook from.
 */
function embedSource(workbook: ExcelJS.Workbook, analysis: Analysis): void {
  const sheet = workbook.addWorksheet(SHEETS.source, { state: "hidden" });
  const { proposal } = analysis;
  const delivery = proposal.delivery && proposal.delivery.source !== proposal.source ? proposal.delivery.source : undefined;
  const meta = { standard: proposal.standard.id, publicHolidays: proposal.publicHolidays, file: proposal.file, deliveryFile: delivery?.file ?? null };
  sheet.getCell(SOURCE.mark).value = SOURCE.value;
  sheet.getCell(SOURCE.meta).value = JSON.stringify(meta);
  const put = (column: string, text: string) => {
    for (let i = 0, row = 1; i < text.length || row === 1; i += CHUNK, row++) sheet.getCell(`${column}${row}`).value = text.slice(i, i + CHUNK);
  };
  put(SOURCE.proposalColumn, proposal.source.text);
  if (delivery) put(SOURCE.deliveryColumn, delivery.text);
}

function header(sheet: ExcelJS.Worksheet, titles: string[]): void {
  const row = sheet.addRow(titles);
  row.eachCell((cell) => {
    cell.font = { name: FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = { bottom: { style: "thin" } };
  });
  sheet.views = [{ state: "frozen", ySplit: row.number, xSplit: 0 }];
  sheet.pageSetup.printTitlesRow = `${row.number}:${row.number}`;
}

function titlesOf(columns: Record<string, { title: string }>): string[] {
  return Object.values(columns).map((c) => c.title);
}

function input(cell: ExcelJS.Cell, value: number, format: string): void {
  cell.value = value;
  cell.numFmt = format;
  cell.fill = INPUT_FILL;
}

function formula(cell: ExcelJS.Cell, expression: string, result: number | string, format?: string): void {
  cell.value = { formula: expression, result } as ExcelJS.CellFormulaValue;
  if (format) cell.numFmt = format;
}

/** Text is always written as a string cell: a name starting with = + - @ stays text and never becomes a formula. */
function text(cell: ExcelJS.Cell, value: string): void {
  cell.value = value;
}

function totalRow(row: ExcelJS.Row): void {
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = { name: FONT, bold: true };
    if (cell.fill !== INPUT_FILL) cell.fill = TOTAL_FILL;
  });
}

// ── 服务量测算 ─────────────────────────────────────────────────────────────────────────────

function fillWorkload(sheet: ExcelJS.Worksheet, analysis: Analysis): string {
  const { workload, proposal } = analysis;
  const col = letters(WORKLOAD_COLUMNS);
  header(sheet, titlesOf({ ...WORKLOAD_COLUMNS, clause: { title: `依据条款（${proposal.standard.document}）` } }));
  const first = 2;
  const last = first + workload.lines.length - 1;
  const totalCell = `${col.subtotal}${last + 1}`;
  workload.lines.forEach((line, i) => {
    const r = first + i;
    const c = at(WORKLOAD_COLUMNS, r);
    sheet.getCell(c.no).value = i + 1;
    text(sheet.getCell(c.name), line.name);
    text(sheet.getCell(c.details), line.details.join("；"));
    text(sheet.getCell(c.clause), line.clause);
    input(sheet.getCell(c.unitHours), num(line.unitHours), HOURS);
    text(sheet.getCell(c.unit), line.unit);
    input(sheet.getCell(c.count), line.count, "#,##0");
    // The scale of a survey is shown as its own fraction (250/100), so the reader sees where it comes from.
    const scale = line.count === 0 ? null : line.quantity.div(line.count);
    if (line.scale) formula(sheet.getCell(c.scale), `${line.scale.amount}/${line.scale.per}`, num(scale ?? line.quantity), "0.0000");
    else input(sheet.getCell(c.scale), scale ? num(scale) : 1, "0.####");
    formula(sheet.getCell(c.subtotal), `${c.unitHours}*${c.count}*${c.scale}`, num(line.hours), HOURS);
    formula(sheet.getCell(c.share), `IF(${totalCell}=0,0,${c.subtotal}/${totalCell})`, workload.total.isZero() ? 0 : num(line.hours.div(workload.total)), PERCENT);
  });
  const total = sheet.getRow(last + 1);
  text(sheet.getCell(`${col.name}${last + 1}`), "合计");
  formula(sheet.getCell(totalCell), workload.lines.length ? `SUM(${col.subtotal}${first}:${col.subtotal}${last})` : "0", num(workload.total), HOURS);
  formula(sheet.getCell(`${col.share}${last + 1}`), `IF(${totalCell}=0,0,1)`, workload.total.isZero() ? 0 : 1, PERCENT);
  totalRow(total);

  const bounds = workload.bounds;
  const floorCell = `${col.subtotal}${last + 3}`;
  const ceilingCell = `${col.subtotal}${last + 4}`;
  const rows: [string, string, number | string, string?][] = [
    ["服务工作量下限（FTE × 直接服务时数 × 月数/12）", summaryRef("floor"), num(bounds.floor), HOURS],
    ["服务工作量上限（FTE × 年均工作时数 × 月数/12）", summaryRef("ceiling"), num(bounds.ceiling), HOURS],
    ["结论", boundsFormula(totalCell, floorCell, ceilingCell, BOUNDS_WORDS), BOUNDS_WORDS[workload.position]],
  ];
  rows.forEach(([label, expression, result, format], i) => {
    const r = last + 3 + i;
    text(sheet.getCell(`${col.name}${r}`), label);
    formula(sheet.getCell(`${col.subtotal}${r}`), expression, result, format);
    sheet.getCell(`${col.name}${r}`).font = { name: FONT, bold: true };
  });
  const note = sheet.getCell(`${col.name}${last + 7}`);
  text(note, `黄色单元格为输入（单位工时、数量、折算系数），可修改；小计、合计、区间与结论为公式，修改后自动重算。参考工时依据 ${proposal.standard.name}（${proposal.standard.document}）。`);
  note.font = { name: FONT, italic: true, color: { argb: "FF7F7F7F" } };
  return ref(SHEETS.workload, totalCell);
}

/** The live form of a position against bounds: the same three words the domain's verdict uses. */
function boundsFormula(value: string, floor: string, ceiling: string, words: Record<BoundsPosition, string>): string {
  return `IF(${value}<${floor},"${words.below}",IF(${value}>${ceiling},"${words.above}","${words.within}"))`;
}

// ── 督导费 ────────────────────────────────────────────────────────────────────────────────

interface SupervisionCells {
  hours: string;
  cost: string;
  /** The row of each priced line, in the order of SupervisionCost.lines. */
  rows: number[];
}

function fillSupervision(sheet: ExcelJS.Worksheet, cost: SupervisionCost): SupervisionCells {
  const col = letters(SUPERVISION_COLUMNS);
  header(sheet, titlesOf(SUPERVISION_COLUMNS));
  const first = 2;
  const rows = cost.lines.map((_, i) => first + i);
  cost.lines.forEach((line, i) => {
    const r = first + i;
    const c = at(SUPERVISION_COLUMNS, r);
    text(sheet.getCell(c.supervisor), line.supervisor);
    text(sheet.getCell(c.type), line.type === "individual" ? "个别督导" : "团体督导");
    input(sheet.getCell(c.count), line.count, "#,##0");
    input(sheet.getCell(c.hoursEach), num(line.hoursEach), HOURS);
    formula(sheet.getCell(c.hours), `${c.count}*${c.hoursEach}`, num(line.hours), HOURS);
    input(sheet.getCell(c.rate), yuan(line.rate), CNY);
    if (line.cap !== null) {
      sheet.getCell(c.cap).value = yuan(line.cap);
      sheet.getCell(c.cap).numFmt = CNY;
      formula(sheet.getCell(c.capCost), `ROUND(${c.hours}*${c.cap},2)`, yuan(line.capCost!), CNY);
    }
    formula(sheet.getCell(c.cost), `ROUND(${c.hours}*${c.rate},2)`, yuan(line.cost), CNY);
    text(sheet.getCell(c.tier), line.capLabel ?? "无对应档次");
  });
  const last = first + cost.lines.length - 1;
  const totalAt = last + 1;
  const total = sheet.getRow(totalAt);
  text(sheet.getCell(`${col.supervisor}${totalAt}`), "合计");
  const sum = (column: string, result: number, format: string) =>
    formula(sheet.getCell(`${column}${totalAt}`), cost.lines.length ? `SUM(${column}${first}:${column}${last})` : "0", result, format);
  sum(col.hours, num(cost.hours), HOURS);
  sum(col.cost, yuan(cost.cost), CNY);
  const capTotal = cost.lines.every((l) => l.capCost !== null) ? cost.lines.reduce((s, l) => s + l.capCost!, 0) : null;
  if (capTotal !== null) sum(col.capCost, yuan(capTotal), CNY);
  totalRow(total);
  const note = sheet.getCell(`${col.supervisor}${last + 3}`);
  text(note, "督导时数单独计价，不计入服务工作量（苏政民社〔2016〕2号 四（一）2：督导属间接服务）。");
  note.font = { name: FONT, italic: true, color: { argb: "FF7F7F7F" } };
  return { hours: ref(SHEETS.supervision, `${col.hours}${totalAt}`), cost: ref(SHEETS.supervision, `${col.cost}${totalAt}`), rows };
}

// ── 预算 ──────────────────────────────────────────────────────────────────────────────────

function fillBudget(sheet: ExcelJS.Worksheet, budget: Budget, workloadTotal: string, supervision: SupervisionCells | undefined): string {
  const col = letters(BUDGET_COLUMNS);
  header(sheet, titlesOf(BUDGET_COLUMNS));
  const supervisionCol = letters(SUPERVISION_COLUMNS);
  let r = 2;
  const subtotals = new Map<string, string>();
  for (const category of budget.categories) {
    const first = r;
    // Supervision lines come from SupervisionCost.lines, in its order.
    const supervisionLines = category.lines.filter((l) => l.source === "supervision");
    category.lines.forEach((line, i) => {
      const c = at(BUDGET_COLUMNS, r);
      if (i === 0) text(sheet.getCell(c.category), category.category);
      text(sheet.getCell(c.item), line.item);
      text(sheet.getCell(c.unit), line.unit);
      const priced = line.source === "supervision" ? supervision?.rows[supervisionLines.indexOf(line)] : undefined;
      if (priced !== undefined) {
        // Priced on the 督导费 sheet: the budget line follows it.
        formula(sheet.getCell(c.unitPrice), ref(SHEETS.supervision, `${supervisionCol.rate}${priced}`), yuan(line.unitPrice), CNY);
        formula(sheet.getCell(c.quantity), ref(SHEETS.supervision, `${supervisionCol.hours}${priced}`), num(line.quantity), HOURS);
      } else {
        input(sheet.getCell(c.unitPrice), yuan(line.unitPrice), CNY);
        input(sheet.getCell(c.quantity), num(line.quantity), "#,##0.##");
      }
      formula(sheet.getCell(c.total), `ROUND(${c.unitPrice}*${c.quantity},2)`, yuan(line.total), CNY);
      if (line.note) text(sheet.getCell(c.note), line.note);
      r++;
    });
    text(sheet.getCell(`${col.item}${r}`), `${category.category}小计`);
    formula(sheet.getCell(`${col.total}${r}`), `SUM(${col.total}${first}:${col.total}${r - 1})`, yuan(category.total), CNY);
    totalRow(sheet.getRow(r));
    subtotals.set(category.category, `${col.total}${r}`);
    r++;
  }
  r++;
  const direct = at(BUDGET_COLUMNS, r);
  const fee = at(BUDGET_COLUMNS, r + 1);
  const tax = at(BUDGET_COLUMNS, r + 2);
  const total = at(BUDGET_COLUMNS, r + 3);
  const perHour = at(BUDGET_COLUMNS, r + 4);
  input(sheet.getCell(fee.quantity), num(budget.managementFeePercent.div(100)), PERCENT);
  input(sheet.getCell(tax.quantity), num(budget.taxPercent.div(100)), PERCENT);
  const lines: [ReturnType<typeof at<typeof BUDGET_COLUMNS>>, string, string, number][] = [
    [direct, "直接费用合计", subtotals.size ? [...subtotals.values()].join("+") : "0", yuan(budget.direct)],
    [fee, "管理费（按直接费用计）", `ROUND(${direct.total}*${fee.quantity},2)`, yuan(budget.managementFee)],
    [tax, "税费（按直接费用 + 管理费计）", `ROUND((${direct.total}+${fee.total})*${tax.quantity},2)`, yuan(budget.tax)],
    [total, "预算总额", `${direct.total}+${fee.total}+${tax.total}`, yuan(budget.total)],
  ];
  for (const [cells, label, expression, result] of lines) {
    text(sheet.getCell(cells.item), label);
    formula(sheet.getCell(cells.total), expression, result, CNY);
    totalRow(sheet.getRow(Number(cells.total.slice(1))));
  }
  text(sheet.getCell(perHour.item), "每服务小时成本（元/小时）= 预算总额 ÷ 服务工作量");
  formula(sheet.getCell(perHour.total), `IF(${workloadTotal}=0,0,ROUND(${total.total}/${workloadTotal},2))`, budget.costPerServiceHour === null ? 0 : yuan(budget.costPerServiceHour), CNY);
  sheet.getCell(perHour.item).font = { name: FONT, bold: true };

  // 资助方要求: each limit beside a live check, showing the verdict the budget rules reached.
  const { limitChecks } = budget;
  const personnel = subtotals.get("人员经费") ?? "0";
  const checks: [string, number, string, (limit: string) => string, string][] = [];
  if (limitChecks.ceiling)
    checks.push(["预算总额上限（元）", yuan(limitChecks.ceiling.limit), CNY, (limit) => `IF(${total.total}<=${limit},"满足","超出")`, limitChecks.ceiling.ok ? "满足" : "超出"]);
  if (limitChecks.managementFee)
    checks.push([
      "管理费占总额最高比例",
      num(limitChecks.managementFee.max.div(100)),
      PERCENT,
      (limit) => `IF(${total.total}=0,"满足",IF(${fee.total}/${total.total}<=${limit},"满足","超出"))`,
      limitChecks.managementFee.ok ? "满足" : "超出",
    ]);
  if (limitChecks.personnel)
    checks.push([
      "人员经费占总额最低比例",
      num(limitChecks.personnel.min.div(100)),
      PERCENT,
      (limit) => `IF(${total.total}=0,"满足",IF(${personnel}/${total.total}>=${limit},"满足","不足"))`,
      limitChecks.personnel.ok ? "满足" : "不足",
    ]);
  if (checks.length) {
    let row = r + 6;
    text(sheet.getCell(`${col.item}${row}`), "资助方要求");
    sheet.getCell(`${col.item}${row}`).font = { name: FONT, bold: true };
    row++;
    for (const [label, value, format, check, verdict] of checks) {
      const c = at(BUDGET_COLUMNS, row);
      text(sheet.getCell(c.item), label);
      input(sheet.getCell(c.quantity), value, format);
      formula(sheet.getCell(c.total), check(c.quantity), verdict);
      row++;
    }
  }
  return ref(SHEETS.budget, total.total);
}

// ── 执行情况 ──────────────────────────────────────────────────────────────────────────────

function fillDelivery(sheet: ExcelJS.Worksheet, report: DeliveryReport): void {
  const col = letters(DELIVERY_COLUMNS);
  header(sheet, titlesOf(DELIVERY_COLUMNS));
  const first = 2;
  report.lines.forEach((line, i) => {
    const r = first + i;
    const c = at(DELIVERY_COLUMNS, r);
    text(sheet.getCell(c.name), line.name);
    sheet.getCell(c.planned).value = line.plannedCount;
    input(sheet.getCell(c.delivered), line.deliveredCount, "#,##0");
    formula(sheet.getCell(c.completion), `IF(${c.planned}=0,0,${c.delivered}/${c.planned})`, line.completion === null ? 0 : num(line.completion), PERCENT);
    sheet.getCell(c.plannedHours).value = num(line.plannedHours);
    sheet.getCell(c.plannedHours).numFmt = HOURS;
    // Delivered hours at the plan's own hours per unit (planned hours ÷ planned count).
    const perUnit =
      line.plannedCount > 0 ? `${c.plannedHours}/${c.planned}` : num(line.deliveredCount === 0 ? line.deliveredHours : line.deliveredHours.div(line.deliveredCount)).toString();
    formula(sheet.getCell(c.deliveredHours), `${perUnit}*${c.delivered}`, num(line.deliveredHours), HOURS);
  });
  const last = first + report.lines.length - 1;
  const total = at(DELIVERY_COLUMNS, last + 1);
  text(sheet.getCell(total.name), "合计");
  formula(sheet.getCell(total.plannedHours), `SUM(${col.plannedHours}${first}:${col.plannedHours}${last})`, num(report.plannedHours), HOURS);
  formula(sheet.getCell(total.deliveredHours), `SUM(${col.deliveredHours}${first}:${col.deliveredHours}${last})`, num(report.deliveredHours), HOURS);
  formula(
    sheet.getCell(total.completion),
    `IF(${total.plannedHours}=0,0,${total.deliveredHours}/${total.plannedHours})`,
    report.plannedHours.isZero() ? 0 : num(report.deliveredHours.div(report.plannedHours)),
    PERCENT,
  );
  totalRow(sheet.getRow(last + 1));
  const elapsed = at(DELIVERY_COLUMNS, last + 3);
  const floor = at(DELIVERY_COLUMNS, last + 4);
  const ceiling = at(DELIVERY_COLUMNS, last + 5);
  const verdict = at(DELIVERY_COLUMNS, last + 6);
  text(sheet.getCell(elapsed.name), "已执行月数");
  input(sheet.getCell(elapsed.delivered), report.monthsElapsed, "0");
  text(sheet.getCell(floor.name), "按月数折算的下限（小时）");
  formula(sheet.getCell(floor.deliveredHours), `${summaryRef("floor")}*${elapsed.delivered}/${summaryRef("months")}`, num(report.floor), HOURS);
  text(sheet.getCell(ceiling.name), "按月数折算的上限（小时）");
  formula(sheet.getCell(ceiling.deliveredHours), `${summaryRef("ceiling")}*${elapsed.delivered}/${summaryRef("months")}`, num(report.ceiling), HOURS);
  text(sheet.getCell(verdict.name), "结论");
  formula(
    sheet.getCell(verdict.deliveredHours),
    boundsFormula(total.deliveredHours, floor.deliveredHours, ceiling.deliveredHours, PRORATED_WORDS),
    PRORATED_WORDS[report.position],
  );
}

// ── 概要 ──────────────────────────────────────────────────────────────────────────────────

function fillSummary(
  sheet: ExcelJS.Worksheet,
  analysis: Analysis,
  workloadTotal: string,
  supervision: SupervisionCells | undefined,
  budgetTotal: string | undefined,
): void {
  const { proposal, workload, budget } = analysis;
  const { project, standard } = proposal;
  const params = standard.annualHours;
  const v = summaryValue;
  const title = sheet.getCell(`A${SUMMARY_ROWS.title}`);
  text(title, `${project.name} — 服务量测算与预算`);
  title.font = { name: FONT, bold: true, size: 14 };
  sheet.mergeCells(`A${SUMMARY_ROWS.title}:C${SUMMARY_ROWS.title}`);
  const counts = countBySeverity(analysis.findings);
  const rows: [keyof typeof SUMMARY_ROWS, string, (cell: ExcelJS.Cell) => void][] = [
    ["organisation", "承接机构", (c) => text(c, project.organisation ?? "")],
    ["region", "服务地区", (c) => text(c, project.region ?? "")],
    ["standard", "参考标准", (c) => text(c, `${standard.shortName}（${standard.document}）`)],
    ["staff", "人员", (c) => text(c, proposal.staff.members.map((m) => `${m.name}${m.role ? `（${m.role}）` : ""}`).join("、") || "—")],
    ["months", "项目周期（月）", (c) => input(c, project.months, "0")],
    ["fte", "全职人员（FTE）", (c) => input(c, num(proposal.staff.fte), "0.00")],
    ["holidays", "公众假期（天）", (c) => input(c, proposal.publicHolidays, "0")],
    [
      "annual",
      "年均工作时数（小时/人）",
      (c) => formula(c, `(${params.daysPerYear}-${v("holidays")}-${params.weekendDays}-${params.annualLeaveDays})*${params.hoursPerDay.toExactString()}`, num(workload.bounds.annual.annual), HOURS),
    ],
    ["directShare", "直接服务比例", (c) => input(c, num(params.directServiceShare), "0%")],
    ["direct", "直接服务时数（小时/人）", (c) => formula(c, `${v("annual")}*${v("directShare")}`, num(workload.bounds.annual.direct), HOURS)],
    ["floor", "服务工作量下限（小时）", (c) => formula(c, `${v("fte")}*${v("direct")}*${v("months")}/12`, num(workload.bounds.floor), HOURS)],
    ["ceiling", "服务工作量上限（小时）", (c) => formula(c, `${v("fte")}*${v("annual")}*${v("months")}/12`, num(workload.bounds.ceiling), HOURS)],
    ["total", "服务工作量合计（小时）", (c) => formula(c, workloadTotal, num(workload.total), HOURS)],
    ["verdict", "结论", (c) => formula(c, boundsFormula(v("total"), v("floor"), v("ceiling"), BOUNDS_WORDS), BOUNDS_WORDS[workload.position])],
  ];
  if (supervision && analysis.supervisionCost) {
    rows.push(["supervisionHours", "督导时数（小时，不计入服务工作量）", (c) => formula(c, supervision.hours, num(analysis.supervisionCost!.hours), HOURS)]);
    rows.push(["supervisionCost", "督导费（元）", (c) => formula(c, supervision.cost, yuan(analysis.supervisionCost!.cost), CNY)]);
  }
  if (budget && budgetTotal) {
    rows.push(["budgetTotal", "预算总额（元）", (c) => formula(c, budgetTotal, yuan(budget.total), CNY)]);
    rows.push([
      "costPerHour",
      "每服务小时成本（元/小时）",
      (c) => formula(c, `IF(${v("total")}=0,0,ROUND(${v("budgetTotal")}/${v("total")},2))`, budget.costPerServiceHour === null ? 0 : yuan(budget.costPerServiceHour), CNY),
    ]);
  }
  rows.push(["findings", "检查结果", (c) => text(c, `${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 个提示${counts.waived ? `，${counts.waived} 个已豁免` : ""}（见“${SHEETS.findings}”）`)]);
  for (const [key, label, fill] of rows) {
    const labelCell = sheet.getCell(`A${SUMMARY_ROWS[key]}`);
    text(labelCell, label);
    labelCell.font = { name: FONT, bold: true };
    fill(sheet.getCell(v(key)));
  }
  const holiday = standard.holidayOptions.find((o) => o.days === proposal.publicHolidays);
  text(sheet.getCell(summaryNote("holidays")), holiday?.basis ?? "");
  text(sheet.getCell(summaryNote("annual")), `${standard.annualHours.clause}：(365 − 公众假期 − 104 − 5) × 8`);
  text(sheet.getCell(summaryNote("floor")), `${standard.boundsClause.clause}：不得低于 FTE × 直接服务时数（按月数折算）`);
  text(sheet.getCell(summaryNote("ceiling")), `${standard.boundsClause.clause}：不得高于 FTE × 年均工作时数（按月数折算）`);
  const note = sheet.getCell(`A${SUMMARY_ROWS.note}`);
  text(note, "黄色单元格为输入，可修改；其余数字为公式，修改输入后自动重算。由 gongshi 生成。");
  note.font = { name: FONT, italic: true, color: { argb: "FF7F7F7F" } };
  sheet.getColumn("B").width = 44;
  sheet.getColumn("C").width = 56;
}

// ── 检查结果 ─────────────────────────────────────────────────────────────────────────────

function fillFindings(sheet: ExcelJS.Worksheet, analysis: Analysis): void {
  header(sheet, titlesOf(FINDINGS_COLUMNS));
  for (const f of analysis.findings) {
    const r = sheet.addRow([]).number;
    const c = at(FINDINGS_COLUMNS, r);
    text(sheet.getCell(c.severity), f.waived ? `${SEVERITY_LABEL.zh[f.severity]}（已豁免）` : SEVERITY_LABEL.zh[f.severity]);
    text(sheet.getCell(c.rule), f.ruleId);
    text(sheet.getCell(c.message), f.message.zh);
    text(sheet.getCell(c.clause), f.clause);
    text(sheet.getCell(c.position), `${f.line}:${f.column}`);
    text(sheet.getCell(c.waiver), f.waived?.reason ?? f.waiverNotHonoured?.note.zh ?? "");
    const colour = f.waived ? "FF7F7F7F" : f.severity === "error" ? "FFC00000" : f.severity === "warning" ? "FF9C5700" : "FF1F4E79";
    sheet.getCell(c.severity).font = { name: FONT, bold: true, color: { argb: colour } };
  }
  if (analysis.findings.length === 0) text(sheet.getCell(at(FINDINGS_COLUMNS, sheet.addRow([]).number).message), "没有发现问题");
}

// ── 参考工时表 ───────────────────────────────────────────────────────────────────────────

function fillTable(sheet: ExcelJS.Worksheet, standard: Standard): void {
  header(sheet, titlesOf({ ...TABLE_COLUMNS, clause: { title: `条款（${standard.document}）` } }));
  for (const item of standard.items) {
    const add = (name: string, hours: number | string) => {
      const c = at(TABLE_COLUMNS, sheet.addRow([]).number);
      sheet.getCell(c.no).value = item.no;
      text(sheet.getCell(c.code), item.code);
      text(sheet.getCell(c.name), name);
      if (typeof hours === "number") {
        sheet.getCell(c.hours).value = hours;
        sheet.getCell(c.hours).numFmt = HOURS;
      } else text(sheet.getCell(c.hours), hours);
      text(sheet.getCell(c.unit), item.unit);
      text(sheet.getCell(c.clause), item.clause);
      return c;
    };
    if (item.variants) for (const o of item.variants.options) add(`${item.name}（${o.name}）`, num(o.hours));
    else add(item.fullName, item.hours ? num(item.hours) : (item.hoursRule ?? ""));
    for (const step of item.substeps ?? []) {
      const c = add(`　${step.fullName}`, num(step.hours));
      sheet.getCell(c.name).font = { name: FONT, color: { argb: "FF595959" } };
    }
  }
  sheet.addRow([]);
  for (const [, textValue] of standard.interpretations) text(sheet.getCell(at(TABLE_COLUMNS, sheet.addRow([]).number).name), textValue);
}

/** Column widths that fit Chinese text, a readable font, and A4 printing. */
function finishSheet(sheet: ExcelJS.Worksheet): void {
  const widths = new Map<number, number>();
  sheet.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell, column) => {
      if (!cell.font) cell.font = { name: FONT };
      const value = cell.value as unknown;
      let shown = "";
      if (typeof value === "string") shown = value;
      else if (typeof value === "number") shown = value.toFixed(2);
      else if (value && typeof value === "object" && "result" in value) shown = String((value as ExcelJS.CellFormulaValue).result ?? "");
      if (cell.isMerged) return;
      // Long text wraps inside a column of at most MAX_WIDTH instead of widening the sheet past a page.
      // A column given a width on purpose (the summary's notes) keeps it.
      const limit = Math.max(MAX_WIDTH, sheet.getColumn(column).width ?? 0);
      if (displayWidth(shown) > limit - 2) {
        cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
        lines = Math.max(lines, Math.ceil(displayWidth(shown) / (limit - 2)));
      }
      widths.set(column, Math.max(widths.get(column) ?? 8, Math.min(limit, displayWidth(shown) + 3)));
    });
    // Spreadsheet programs do not grow a row for wrapped text on their own when converting or printing.
    if (lines > 1) row.height = 15 * lines;
  });
  for (const [column, width] of widths) {
    const col = sheet.getColumn(column);
    if (!col.width || col.width < width) col.width = width;
  }
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: "&L&A&R第 &P 页，共 &N 页" };
}
