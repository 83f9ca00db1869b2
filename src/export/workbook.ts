/**
 * The budget workbook an evaluator opens in Excel, WPS or LibreOffice. Every subtotal and total is a
 * live formula over the cells it adds, with the result gongshi computed stored beside it, so a viewer
 * that does not recalculate shows the right numbers and one that does gets the same. Inputs (counts,
 * unit hours, prices, percentages) are shaded yellow; everything else is a formula or a label.
 * Where things sit is described in layout.ts; the verdicts shown are the domain's own.
 *
 * Printed, each table has a grid, its header row on every page, the project and the sheet in the page
 * header and "第 x 页 共 y 页" below; 预算 ends with the total in capital numerals (a live formula) and
 * the lines it is signed on. Counts and quantities show whole numbers without a decimal point in
 * Excel's rules too (see QUANTITY).
 *
 * `gongshi check` of a returned workbook rebuilds the expected workbook with this same code from the
 * proposal embedded in the hidden sheet.
 */
import { win32 } from "node:path";
import ExcelJS from "exceljs";
import type { Analysis } from "../analysis/analyse.js";
import type { Budget, SupervisionCost } from "../budget/model.js";
import type { DeliveryReport } from "../delivery/model.js";
import type { BudgetInput } from "../proposal/model.js";
import { countBySeverity } from "../engine/finding.js";
import { SEVERITY_LABEL } from "../engine/wording.js";
import { capitalAmount, type Fen } from "../exact/money.js";
import { charWidth } from "../i18n/width.js";
import { fingerprint } from "../standard/load.js";
import type { Standard } from "../standard/model.js";
import type { BoundsPosition } from "../workload/model.js";
import {
  at,
  BUDGET_CLOSING,
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
/**
 * Counts, quantities and factors: 36, 2,000, 2.5, 0.6667. Excel (and WPS, Gnumeric) show "#,##0.##" with a
 * trailing point for a whole number ("36."), and no single format drops it, so such a cell carries the
 * decimal format and a conditional format that switches to the whole-number one while its value is whole:
 * the display follows the value when a reader types a new one.
 */
const QUANTITY = { decimals: "#,##0.##", whole: "#,##0" } as const;
const FACTOR = { decimals: "#,##0.####", whole: "#,##0" } as const;
type WholeOrDecimal = typeof QUANTITY | typeof FACTOR;
const FONT = "等线";
/** The font of every cell not given one of its own (one object for all: see SharedStyles). */
const PLAIN_FONT: Partial<ExcelJS.Font> = { name: FONT };
const MAX_WIDTH = 40;
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const GRID: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Characters Excel allows in a page header section, with room for the codes around them. */
const HEADER_TEXT = 80;

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
  const signatures = { ...analysis.proposal.budget?.signatures, organisation: analysis.proposal.project.organisation };
  const budgetTotal = budget && analysis.budget ? fillBudget(budget, analysis.budget, workloadTotal, supervisionTotal, signatures) : undefined;
  fillSummary(summary, analysis, workloadTotal, supervisionTotal, budgetTotal);
  if (delivery && analysis.delivery) fillDelivery(delivery, analysis.delivery);
  fillFindings(findings, analysis);
  fillTable(table, analysis.proposal.standard);

  const page = pageTexts(analysis);
  const styles = new SharedStyles();
  for (const sheet of workbook.worksheets) finishSheet(sheet, page, styles);
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
  // File names only: a path would tell whoever receives the workbook about the author's machine.
  const meta = {
    standard: proposal.standard.id,
    publicHolidays: proposal.publicHolidays,
    file: fileName(proposal.file),
    deliveryFile: delivery ? fileName(delivery.file) : null,
    standardFile: fileName(proposal.standard.file),
    standardSha256: fingerprint(proposal.standard.text),
    rules: Object.fromEntries(analysis.config.rules),
    waivers: analysis.config.waivers,
  };
  sheet.getCell(SOURCE.mark).value = SOURCE.value;
  sheet.getCell(SOURCE.meta).value = JSON.stringify(meta);
  const put = (column: string, text: string) => {
    for (let i = 0, row = 1; i < text.length || row === 1; i += CHUNK, row++) sheet.getCell(`${column}${row}`).value = text.slice(i, i + CHUNK);
  };
  put(SOURCE.proposalColumn, proposal.source.text);
  if (delivery) put(SOURCE.deliveryColumn, delivery.text);
  put(SOURCE.standardColumn, proposal.standard.text);
}

/** The last part of a path written on Windows or elsewhere: C:\Users\x\方案.yaml and /home/x/方案.yaml both give 方案.yaml. */
function fileName(path: string): string {
  return win32.basename(path);
}

/** The header cells of the tables: finishSheet lets them wrap on two lines. */
const headerCells = new WeakSet<ExcelJS.Cell>();

function header(sheet: ExcelJS.Worksheet, titles: string[]): void {
  const row = sheet.addRow(titles);
  row.height = 34;
  row.eachCell((cell) => {
    headerCells.add(cell);
    cell.font = { name: FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
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

/** Cells shown by QUANTITY or FACTOR, per sheet: finishSheet gives them their conditional format. */
const wholeOrDecimalCells = new WeakMap<ExcelJS.Worksheet, Map<WholeOrDecimal, ExcelJS.Cell[]>>();

/** A count, quantity or factor: whole numbers without a decimal point, decimals where the value has them. */
function wholeOrDecimal(cell: ExcelJS.Cell, kind: WholeOrDecimal): void {
  cell.numFmt = kind.decimals;
  const sheet = cell.worksheet;
  if (!wholeOrDecimalCells.has(sheet)) wholeOrDecimalCells.set(sheet, new Map());
  const byKind = wholeOrDecimalCells.get(sheet)!;
  if (!byKind.has(kind)) byKind.set(kind, []);
  byKind.get(kind)!.push(cell);
}

function inputQuantity(cell: ExcelJS.Cell, value: number, kind: WholeOrDecimal = QUANTITY): void {
  input(cell, value, kind.decimals);
  wholeOrDecimal(cell, kind);
}

/** Thin lines around every cell of a block (a table, with its header and totals). */
function grid(sheet: ExcelJS.Worksheet, fromRow: number, toRow: number, fromColumn: string, toColumn: string): void {
  const first = sheet.getColumn(fromColumn).number;
  const last = sheet.getColumn(toColumn).number;
  for (let r = fromRow; r <= toRow; r++) for (let c = first; c <= last; c++) sheet.getCell(r, c).border = GRID;
}

/** Merged blocks per sheet (row, first and last column), so finishSheet can size the text they hold. */
const merges = new WeakMap<ExcelJS.Worksheet, { row: number; from: string; to: string }[]>();

function merge(sheet: ExcelJS.Worksheet, row: number, from: string, to: string): void {
  sheet.mergeCells(`${from}${row}:${to}${row}`);
  if (!merges.has(sheet)) merges.set(sheet, []);
  merges.get(sheet)!.push({ row, from, to });
}

/** A note below a table, in grey italics across the table's width. */
function note(sheet: ExcelJS.Worksheet, row: number, from: string, to: string, value: string): void {
  const cell = sheet.getCell(`${from}${row}`);
  text(cell, value);
  merge(sheet, row, from, to);
  cell.font = { name: FONT, italic: true, color: { argb: "FF7F7F7F" } };
}

/** Cells whose text may run on over the empty cells to their right (signature lines): never wrapped, never widening their column. */
const runOnCells = new WeakSet<ExcelJS.Cell>();

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
    inputQuantity(sheet.getCell(c.count), line.count);
    // The scale of a survey is shown as its own fraction (250/100), so the reader sees where it comes from.
    const scale = line.count === 0 ? null : line.quantity.div(line.count);
    if (line.scale) {
      formula(sheet.getCell(c.scale), `${line.scale.amount}/${line.scale.per}`, num(scale ?? line.quantity));
      wholeOrDecimal(sheet.getCell(c.scale), FACTOR);
    } else inputQuantity(sheet.getCell(c.scale), scale ? num(scale) : 1, FACTOR);
    formula(sheet.getCell(c.subtotal), `${c.unitHours}*${c.count}*${c.scale}`, num(line.hours), HOURS);
    formula(sheet.getCell(c.share), `IF(${totalCell}=0,0,${c.subtotal}/${totalCell})`, workload.total.isZero() ? 0 : num(line.hours.div(workload.total)), PERCENT);
  });
  const total = sheet.getRow(last + 1);
  text(sheet.getCell(`${col.name}${last + 1}`), "合计");
  formula(sheet.getCell(totalCell), workload.lines.length ? `SUM(${col.subtotal}${first}:${col.subtotal}${last})` : "0", num(workload.total), HOURS);
  formula(sheet.getCell(`${col.share}${last + 1}`), `IF(${totalCell}=0,0,1)`, workload.total.isZero() ? 0 : 1, PERCENT);
  totalRow(total);
  grid(sheet, 1, last + 1, col.no, col.share);

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
    merge(sheet, r, col.name, previous(col.subtotal));
  });
  grid(sheet, last + 3, last + 5, col.name, col.subtotal);
  note(
    sheet,
    last + 7,
    col.name,
    col.share,
    `黄色单元格为输入（单位工时、数量、折算系数），可修改；小计、合计、区间与结论为公式，修改后自动重算。参考工时依据 ${proposal.standard.name}（${proposal.standard.document}）。`,
  );
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
    inputQuantity(sheet.getCell(c.count), line.count);
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
  grid(sheet, 1, totalAt, col.supervisor, col.tier);
  note(sheet, last + 3, col.supervisor, col.tier, "督导时数单独计价，不计入服务工作量（苏政民社〔2016〕2号 四（一）2：督导属间接服务）。");
  return { hours: ref(SHEETS.supervision, `${col.hours}${totalAt}`), cost: ref(SHEETS.supervision, `${col.cost}${totalAt}`), rows };
}

// ── 预算 ──────────────────────────────────────────────────────────────────────────────────

function fillBudget(
  sheet: ExcelJS.Worksheet,
  budget: Budget,
  workloadTotal: string,
  supervision: SupervisionCells | undefined,
  signatures: BudgetInput["signatures"] & { organisation?: string },
): string {
  const col = letters(BUDGET_COLUMNS);
  header(sheet, titlesOf(BUDGET_COLUMNS));
  const supervisionCol = letters(SUPERVISION_COLUMNS);
  let r = 2;
  const subtotals = new Map<string, string>();
  for (const category of budget.categories) {
    const first = r;
    // Supervision lines come from SupervisionCost.lines, in its order.
    let supervisionLine = 0;
    category.lines.forEach((line, i) => {
      const c = at(BUDGET_COLUMNS, r);
      if (i === 0) text(sheet.getCell(c.category), category.category);
      text(sheet.getCell(c.item), line.item);
      text(sheet.getCell(c.unit), line.unit);
      const priced = line.source === "supervision" ? supervision?.rows[supervisionLine++] : undefined;
      if (priced !== undefined) {
        // Priced on the 督导费 sheet: the budget line follows it.
        formula(sheet.getCell(c.unitPrice), ref(SHEETS.supervision, `${supervisionCol.rate}${priced}`), yuan(line.unitPrice), CNY);
        formula(sheet.getCell(c.quantity), ref(SHEETS.supervision, `${supervisionCol.hours}${priced}`), num(line.quantity));
        wholeOrDecimal(sheet.getCell(c.quantity), QUANTITY);
      } else {
        input(sheet.getCell(c.unitPrice), yuan(line.unitPrice), CNY);
        inputQuantity(sheet.getCell(c.quantity), num(line.quantity));
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
  grid(sheet, 1, r - 1, col.category, col.note);
  r++;
  const direct = at(BUDGET_COLUMNS, r);
  const fee = at(BUDGET_COLUMNS, r + 1);
  const tax = at(BUDGET_COLUMNS, r + 2);
  const total = at(BUDGET_COLUMNS, r + 3);
  const capital = at(BUDGET_COLUMNS, r + 4);
  const perHour = at(BUDGET_COLUMNS, r + 5);
  input(sheet.getCell(fee.quantity), num(budget.managementFeePercent.div(100)), PERCENT);
  input(sheet.getCell(tax.quantity), num(budget.taxPercent.div(100)), PERCENT);
  const lines: [ReturnType<typeof at<typeof BUDGET_COLUMNS>>, string, string, number][] = [
    [direct, BUDGET_CLOSING.direct, subtotals.size ? [...subtotals.values()].join("+") : "0", yuan(budget.direct)],
    [fee, BUDGET_CLOSING.fee, `ROUND(${direct.total}*${fee.quantity},2)`, yuan(budget.managementFee)],
    [tax, BUDGET_CLOSING.tax, `ROUND((${direct.total}+${fee.total})*${tax.quantity},2)`, yuan(budget.tax)],
    [total, BUDGET_CLOSING.total, `${direct.total}+${fee.total}+${tax.total}`, yuan(budget.total)],
  ];
  for (const [cells, label, expression, result] of lines) {
    text(sheet.getCell(cells.item), label);
    formula(sheet.getCell(cells.total), expression, result, CNY);
    totalRow(sheet.getRow(Number(cells.total.slice(1))));
  }
  // The total in capital numerals, following the total when it is recalculated.
  text(sheet.getCell(capital.item), BUDGET_CLOSING.capital);
  sheet.getCell(capital.item).font = { name: FONT, bold: true };
  formula(sheet.getCell(capital.unitPrice), capitalFormula(total.total), capitalAmount(budget.total));
  merge(sheet, r + 4, col.unitPrice, col.note);
  sheet.getCell(capital.unitPrice).font = { name: FONT, bold: true };
  text(sheet.getCell(perHour.item), BUDGET_CLOSING.perHour);
  formula(sheet.getCell(perHour.total), `IF(${workloadTotal}=0,0,ROUND(${total.total}/${workloadTotal},2))`, budget.costPerServiceHour === null ? 0 : yuan(budget.costPerServiceHour), CNY);
  sheet.getCell(perHour.item).font = { name: FONT, bold: true };
  grid(sheet, r, r + 5, col.category, col.note);
  r += 7;

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
    text(sheet.getCell(`${col.item}${r}`), BUDGET_CLOSING.limits);
    sheet.getCell(`${col.item}${r}`).font = { name: FONT, bold: true };
    const first = r + 1;
    for (const [label, value, format, check, verdict] of checks) {
      const c = at(BUDGET_COLUMNS, ++r);
      text(sheet.getCell(c.item), label);
      merge(sheet, r, col.item, previous(col.quantity));
      input(sheet.getCell(c.quantity), value, format);
      formula(sheet.getCell(c.total), check(c.quantity), verdict);
    }
    grid(sheet, first, r, col.item, col.total);
    r += 2;
  }

  // The lines the sheet is signed on: what the proposal says, or a blank to fill in by hand.
  const said: Record<(typeof BUDGET_CLOSING.signatures)[number][0], string | undefined> = {
    organisation: signatures.organisation,
    responsible: signatures.responsible,
    preparedBy: signatures.preparedBy,
    preparedOn: signatures.preparedOn && chineseDate(signatures.preparedOn),
  };
  BUDGET_CLOSING.signatures.forEach(([key, label, blank], i) => {
    const cell = sheet.getCell(`${i % 2 === 0 ? col.item : col.quantity}${r + Math.floor(i / 2) * 2}`);
    text(cell, `${label}：${said[key] ?? blank}`);
    runOnCells.add(cell);
  });
  return ref(SHEETS.budget, total.total);
}

/** 2026-01-05 → 2026 年 1 月 5 日, as a date is written on a signed form. */
function chineseDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${year} 年 ${month} 月 ${day} 日`;
}

/** The letter of the column before: previous("I") === "H" (single letters: gongshi's tables are narrower than Z). */
function previous(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) - 1);
}

const CAPITAL_UNITS = ["仟", "佰", "拾", "亿", "仟", "佰", "拾", "万", "仟", "佰", "拾", "元", "角", "分"];

/**
 * The amount in `cell` in capital numerals, as a formula every spreadsheet program evaluates alike
 * (Excel, WPS, LibreOffice, Gnumeric: TEXT with digit placeholders, SUBSTITUTE, no locale-dependent
 * [DBNum2]). The amount in fen is laid out as 0仟0佰0拾0亿…0元0角0分, each digit becomes its capital,
 * and a chain of substitutions applies the rules capitalAmount (exact/money.ts) follows: 零角零分 → 整,
 * a run of zeros → one 零, no 零 before 亿/万/元, nothing before the first significant digit.
 */
export function capitalFormula(cell: string): string {
  const fen = `ROUND(ABS(${cell})*100,0)`;
  let spelled = `"人民币"&TEXT(${fen},"${CAPITAL_UNITS.map((u) => `0\\${u}`).join("")}")`;
  [..."零壹贰叁肆伍陆柒捌玖"].forEach((capital, digit) => (spelled = `SUBSTITUTE(${spelled},"${digit}","${capital}")`));
  const rules = [
    ["零角零分", "整"],
    ["零分", "整"],
    ["零角", "零"],
    ["零仟", "零"],
    ["零佰", "零"],
    ["零拾", "零"],
    ["零零", "零"],
    ["零零", "零"],
    ["零亿", "亿"],
    ["零万", "万"],
    ["零元", "元"],
    ["亿万", "亿"],
    // What stands before the first significant digit: 币 ends 人民币.
    ["币亿", "币"],
    ["币元", "币"],
    ["币零", "币"],
  ];
  for (const [from, to] of rules) spelled = `SUBSTITUTE(${spelled},"${from}","${to}")`;
  return `IF(${fen}=0,"人民币零元整",SUBSTITUTE(${spelled},"人民币",IF(${cell}<0,"人民币负","人民币")))`;
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
    wholeOrDecimal(sheet.getCell(c.planned), QUANTITY);
    inputQuantity(sheet.getCell(c.delivered), line.deliveredCount);
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
  grid(sheet, 1, last + 1, col.name, col.deliveredHours);
  const elapsed = at(DELIVERY_COLUMNS, last + 3);
  const floor = at(DELIVERY_COLUMNS, last + 4);
  const ceiling = at(DELIVERY_COLUMNS, last + 5);
  const verdict = at(DELIVERY_COLUMNS, last + 6);
  text(sheet.getCell(elapsed.name), "已执行月数");
  inputQuantity(sheet.getCell(elapsed.delivered), report.monthsElapsed);
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
  grid(sheet, last + 3, last + 6, col.name, col.deliveredHours);
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
  merge(sheet, SUMMARY_ROWS.title, "A", "C");
  sheet.getRow(SUMMARY_ROWS.title).height = 26;
  const counts = countBySeverity(analysis.findings);
  const rows: [keyof typeof SUMMARY_ROWS, string, (cell: ExcelJS.Cell) => void][] = [
    ["organisation", "承接机构", (c) => text(c, project.organisation ?? "")],
    ["region", "服务地区", (c) => text(c, project.region ?? "")],
    ["standard", "参考标准", (c) => text(c, `${standard.shortName}（${standard.document}）`)],
    ["staff", "人员", (c) => text(c, proposal.staff.members.map((m) => `${m.name}${m.role ? `（${m.role}）` : ""}`).join("、") || "—")],
    ["months", "项目周期（月）", (c) => inputQuantity(c, project.months)],
    ["fte", "全职人员（FTE）", (c) => inputQuantity(c, num(proposal.staff.fte))],
    ["holidays", "公众假期（天）", (c) => inputQuantity(c, proposal.publicHolidays)],
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
    grid(sheet, SUMMARY_ROWS[key], SUMMARY_ROWS[key], "A", "C");
  }
  const holiday = standard.holidayOptions.find((o) => o.days === proposal.publicHolidays);
  text(sheet.getCell(summaryNote("holidays")), holiday?.basis ?? "");
  text(sheet.getCell(summaryNote("annual")), `${standard.annualHours.clause}：(365 − 公众假期 − 104 − 5) × 8`);
  text(sheet.getCell(summaryNote("floor")), `${standard.boundsClause.clause}：不得低于 FTE × 直接服务时数（按月数折算）`);
  text(sheet.getCell(summaryNote("ceiling")), `${standard.boundsClause.clause}：不得高于 FTE × 年均工作时数（按月数折算）`);
  note(sheet, SUMMARY_ROWS.note, "A", "C", "黄色单元格为输入，可修改；其余数字为公式，修改输入后自动重算。由 gongshi 生成。");
  sheet.getColumn("B").width = 50;
  sheet.getColumn("C").width = 64;
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
  const col = letters(FINDINGS_COLUMNS);
  grid(sheet, 1, sheet.rowCount, col.severity, col.waiver);
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
  const col = letters(TABLE_COLUMNS);
  grid(sheet, 1, sheet.rowCount, col.no, col.clause);
  sheet.addRow([]);
  // The readings of terse clauses, each a paragraph across the table.
  const heading = sheet.getCell(at(TABLE_COLUMNS, sheet.addRow([]).number).name);
  text(heading, "解读口径");
  heading.font = { name: FONT, bold: true };
  for (const [, textValue] of standard.interpretations) {
    const row = sheet.addRow([]).number;
    text(sheet.getCell(at(TABLE_COLUMNS, row).name), textValue);
    merge(sheet, row, col.name, col.clause);
  }
}

/**
 * The tallest sheet (in points) printed on a single page, shrunk to fit: a little over one landscape A4
 * page, so a budget is signed at its own foot and a table does not leave its note on a page of its own,
 * while a long table runs on to further pages at full size.
 */
const ONE_PAGE_HEIGHT = 640;
const ROW_HEIGHT = 15;

function printedHeight(sheet: ExcelJS.Worksheet): number {
  let height = 0;
  for (let r = 1; r <= sheet.rowCount; r++) height += sheet.getRow(r).height ?? ROW_HEIGHT;
  return height;
}

interface PageTexts {
  header: string;
  footer: string;
}

/**
 * What every printed page carries: the project (and the organisation) in the header with the sheet's
 * name, "第 x 页 共 y 页" in the footer. Excel reads & as a code, so a literal one is doubled; a long
 * name is cut to keep within the 255 characters Excel allows.
 */
function pageTexts(analysis: Analysis): PageTexts {
  const cut = (text: string) => (text.length > HEADER_TEXT ? `${text.slice(0, HEADER_TEXT - 1)}…` : text);
  const literal = (text: string) => cut(text).replace(/&/g, "&&");
  const { name, organisation } = analysis.proposal.project;
  return {
    header: `&L${literal(name)}&C&A&R${organisation ? literal(organisation) : ""}`,
    footer: "&C第 &P 页 共 &N 页",
  };
}

// Made once: a number format is costly to make and a large workbook formats a quarter of a million cells.
const NUMBER = new Intl.NumberFormat("en-US", { useGrouping: true });
const TWO_PLACES = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const UP_TO_TWO = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const UP_TO_FOUR = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

/** A number as its cell's format shows it, to size the column: "¥1,620,000.00", "2,000", "8.00%". */
function formatted(value: number, format: string | undefined): string {
  switch (format) {
    case CNY:
      return `¥${TWO_PLACES.format(value)}`;
    case HOURS:
      return TWO_PLACES.format(value);
    case PERCENT:
      return `${(value * 100).toFixed(2)}%`;
    case QUANTITY.decimals:
      return UP_TO_TWO.format(value);
    case FACTOR.decimals:
      return UP_TO_FOUR.format(value);
    default:
      return NUMBER.format(value);
  }
}

/** The text a cell shows, as far as its width goes, and whether it is a number. */
function shownText(cell: ExcelJS.Cell): { text: string; isNumber: boolean } {
  const value = cell.value as unknown;
  const shown = value && typeof value === "object" && "result" in value ? (value as ExcelJS.CellFormulaValue).result : value;
  if (typeof shown === "number") return { text: formatted(shown, cell.numFmt), isNumber: true };
  return { text: typeof shown === "string" ? shown : "", isNumber: false };
}

/** Room for a cell's padding, and for the indent that sets text off. */
const PADDING = 2.5;
const INDENT = 1;
/** Cells without an alignment of their own: a figure, and text set off from its left border. */
const MIDDLE: Partial<ExcelJS.Alignment> = { vertical: "middle" };
const MIDDLE_INDENTED: Partial<ExcelJS.Alignment> = { vertical: "middle", horizontal: "left", indent: INDENT };

/** Characters as wide as a digit. */
const NARROW = new Set("0123456789.,¥%");

/**
 * Width in Excel's units (the width of a digit) that a text needs, padding included: a Chinese
 * character is two digits wide (bold or not: the glyphs are full-width), a letter a
 * little wider than a digit, bold digits and letters wider than plain ones. Generous, because the font a reader has (等线, or a fallback) varies
 * and a clipped amount is worse than a wide column.
 */
function neededWidth(text: string, bold: boolean): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch.codePointAt(0)!) === 2 ? 2 : (NARROW.has(ch) ? 1 : 1.15) * (bold ? 1.2 : 1);
  return Math.ceil(units + PADDING);
}

type StylePart = Exclude<Partial<ExcelJS.Style>[keyof ExcelJS.Style], string | undefined>;

/**
 * Cells that look alike end up sharing one style object (and each part of it, a font, a border…): exceljs
 * writes a style once per object it has not seen, rendering each to XML to find its twin, and a workbook
 * of 20,000 lines has a quarter of a million cells. Run once a sheet is finished: a shared style must not
 * change afterwards.
 */
class SharedStyles {
  private readonly parts = new Map<string, { part: StylePart; id: number }>();
  private readonly partIds = new WeakMap<object, number>();
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  private idOf(part: StylePart | undefined): number {
    if (part === undefined) return 0;
    let id = this.partIds.get(part);
    if (id === undefined) {
      const key = JSON.stringify(part);
      let shared = this.parts.get(key);
      if (!shared) this.parts.set(key, (shared = { part, id: this.parts.size + 1 }));
      id = shared.id;
      this.partIds.set(part, id);
    }
    return id;
  }

  share(cell: ExcelJS.Cell): void {
    const { numFmt, font, alignment, border, fill, protection } = cell.style;
    const key = `${numFmt ?? ""}|${this.idOf(font)}|${this.idOf(alignment)}|${this.idOf(border)}|${this.idOf(fill)}|${this.idOf(protection)}`;
    const shared = this.styles.get(key);
    if (shared) cell.style = shared;
    else this.styles.set(key, cell.style);
  }
}

/**
 * Column widths that fit what each cell shows (amounts as formatted, so ¥1,620,000.00 never becomes
 * ###), long text wrapped with its row made tall enough, every cell vertically centred so a wrapped row
 * reads as one row, text set off from the amounts before it, the conditional formats of QUANTITY and
 * FACTOR, and A4 printing with the header row, page header and footer on every page.
 */
function finishSheet(sheet: ExcelJS.Worksheet, page: PageTexts, styles: SharedStyles): void {
  const widths = new Map<number, number>();
  const texts: { cell: ExcelJS.Cell; from: number; to: number; needed: number }[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell, column) => {
      if (!cell.font) cell.font = PLAIN_FONT;
      const { text: shown, isNumber } = shownText(cell);
      // Text starts a little in from its left border, away from a right-aligned amount before it
      // (spreadsheet programs indent only text aligned left explicitly).
      const indent = !isNumber && !cell.alignment?.horizontal ? { horizontal: "left" as const, indent: INDENT } : {};
      cell.alignment = cell.alignment ? { vertical: "middle", ...indent, ...cell.alignment } : isNumber ? MIDDLE : MIDDLE_INDENTED;
      if (cell.isMerged || runOnCells.has(cell)) return;
      // A long header wraps on two lines rather than widening its column for itself; a short one
      // (up to six Chinese characters) stays whole.
      if (headerCells.has(cell)) {
        const needed = neededWidth(shown, true);
        widths.set(column, Math.max(widths.get(column) ?? 8, Math.min(needed, 15), Math.ceil((needed - PADDING) / 2 + PADDING)));
        return;
      }
      const needed = neededWidth(shown, cell.font.bold === true) + (isNumber ? 0 : INDENT);
      // A number widens its column as far as it needs; long text wraps inside a column of at most
      // MAX_WIDTH instead of widening the sheet past a page. A column given a width on purpose keeps it.
      const limit = Math.max(MAX_WIDTH, sheet.getColumn(column).width ?? 0);
      widths.set(column, Math.max(widths.get(column) ?? 8, isNumber ? needed : Math.min(limit, needed)));
      if (!isNumber) texts.push({ cell, from: column, to: column, needed });
    }),
  );
  for (const [column, width] of widths) {
    const col = sheet.getColumn(column);
    if (!col.width || col.width < width) col.width = width;
  }
  for (const { row, from, to } of merges.get(sheet) ?? []) {
    const cell = sheet.getCell(`${from}${row}`);
    texts.push({ cell, from: sheet.getColumn(from).number, to: sheet.getColumn(to).number, needed: neededWidth(shownText(cell).text, cell.font?.bold === true) + INDENT });
  }
  // Spreadsheet programs do not grow a row for wrapped text on their own when converting or printing.
  const lines = new Map<number, number>();
  for (const { cell, from, to, needed } of texts) {
    let room = 0;
    for (let c = from; c <= to; c++) room += sheet.getColumn(c).width ?? 8;
    if (needed <= room) continue;
    cell.alignment = { ...cell.alignment, wrapText: true };
    // Lines break at characters, not exactly at the edge: a little slack per line.
    const count = Math.ceil((needed - PADDING - INDENT) / Math.max(1, room - PADDING - INDENT - 1));
    const row = Number(cell.row);
    lines.set(row, Math.max(lines.get(row) ?? 1, count));
  }
  for (const [row, count] of lines) if (count > 1) sheet.getRow(row).height = 16 * count + 2;
  sheet.eachRow((row) => row.eachCell((cell) => styles.share(cell)));

  // One conditional format per run of such cells down a column; its formula names the run's first
  // cell and, relative, applies to each cell of the run. Excel wants each rule's priority distinct.
  let priority = 1;
  for (const [kind, cells] of wholeOrDecimalCells.get(sheet) ?? []) {
    const sorted = [...cells].sort((x, y) => Number(x.col) - Number(y.col) || Number(x.row) - Number(y.row));
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1]!.col === sorted[i]!.col && Number(sorted[j + 1]!.row) === Number(sorted[j]!.row) + 1) j++;
      const first = sorted[i]!.address;
      sheet.addConditionalFormatting({
        ref: i === j ? first : `${first}:${sorted[j]!.address}`,
        rules: [{ type: "expression", priority: priority++, formulae: [`MOD(${first},1)=0`], style: { numFmt: kind.whole } as ExcelJS.Style }],
      });
      i = j + 1;
    }
  }

  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: printedHeight(sheet) <= ONE_PAGE_HEIGHT ? 1 : 0,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddHeader: page.header, oddFooter: page.footer };
}
