import ExcelJS from "exceljs";
import { analyse, type Analysis } from "../analysis/analyse.js";
import { isInputCell, SHEETS, SOURCE, WORKLOAD_COLUMNS } from "../export/layout.js";
import { buildWorkbook } from "../export/workbook.js";
import type { Localized } from "../i18n/lang.js";
import { proposalFromTexts } from "../proposal/load.js";
import { InputError } from "../source/problem.js";
import { evaluate, FormulaError, normalizeFormula, type CellResolver, type Value } from "./formula.js";

export type WorkbookIssueKind = "formula-replaced" | "formula-changed" | "input-changed" | "unit-hours-changed" | "stale-result" | "formula-unreadable";

export interface WorkbookIssue {
  sheet: string;
  address: string;
  kind: WorkbookIssueKind;
  message: Localized;
}

const show = (v: unknown) => (typeof v === "number" ? String(Number(v.toFixed(6))) : JSON.stringify(v ?? null));

function isFormula(value: unknown): value is ExcelJS.CellFormulaValue {
  return typeof value === "object" && value !== null && "formula" in value && typeof (value as ExcelJS.CellFormulaValue).formula === "string";
}

function plainValue(value: unknown): Value {
  if (value === null || value === undefined) return "";
  if (isFormula(value)) return (value.result as Value | undefined) ?? "";
  if (typeof value === "object" && "richText" in (value as object)) return (value as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
  if (value instanceof Date) return value.getTime();
  return value as Value;
}

function same(a: Value, b: Value): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
  return a === b;
}

/**
 * The shared strings of the workbook being read. Gnumeric stores a formula's text result as an index
 * into them (t="s" on the cell), which exceljs reads as that number and then forgets the table; keeping
 * it lets such a result be read as the text it is. exceljs 4 hands the table to reconcile() while loading.
 */
function keepSharedStrings(workbook: ExcelJS.Workbook): { values: unknown[] } {
  const kept = { values: [] as unknown[] };
  const xlsx = workbook.xlsx as unknown as { reconcile?: (model: { sharedStrings?: { values?: unknown[] } }, options: unknown) => void };
  const reconcile = xlsx.reconcile?.bind(xlsx);
  if (reconcile)
    xlsx.reconcile = (model, options) => {
      kept.values = model.sharedStrings?.values ?? [];
      reconcile(model, options);
    };
  return kept;
}

/**
 * The result a formula cell stores, read as the text it is when Gnumeric stored a text result as an
 * index into the shared strings. exceljs drops a stored result that is 0, "" or FALSE (and so index 0):
 * a missing result is taken as whichever of those the recomputed value is.
 */
function storedResult(value: ExcelJS.CellFormulaValue, recomputed: Value, sharedStrings: unknown[]): Value {
  const textAt = (index: number) => {
    const text = index < sharedStrings.length ? plainValue(sharedStrings[index]) : undefined;
    return typeof text === "string" ? text : undefined;
  };
  const result = value.result as unknown;
  if (result === undefined || result === null) {
    if (recomputed === 0 || recomputed === "" || recomputed === false) return recomputed;
    if (typeof recomputed === "string" && textAt(0) === recomputed) return recomputed;
    return "";
  }
  if (typeof recomputed === "string" && typeof result === "number" && Number.isInteger(result) && result >= 0) return textAt(result) ?? result;
  return plainValue(result);
}

/** Reads the proposal a gongshi workbook embeds; throws InputError when the workbook is not one of ours. */
async function embedded(workbook: ExcelJS.Workbook, file: string): Promise<Analysis> {
  const sheet = workbook.getWorksheet(SHEETS.source);
  if (!sheet || sheet.getCell(SOURCE.mark).value !== SOURCE.value) {
    throw new InputError([
      {
        file,
        line: 1,
        column: 1,
        code: "not-a-gongshi-workbook",
        message: {
          zh: "这不是由 gongshi export 导出的工作簿（缺少隐藏的 gongshi 工作表），无法核对",
          en: "not a workbook exported by gongshi export (its hidden gongshi sheet is missing), so it cannot be checked",
        },
      },
    ]);
  }
  const meta = JSON.parse(String(sheet.getCell(SOURCE.meta).value)) as { standard: string; publicHolidays: number; file: string; deliveryFile: string | null };
  const column = (letter: string) => {
    let text = "";
    for (let row = 1; row <= sheet.rowCount; row++) {
      // A spreadsheet program that re-saves the file may store the text as rich text.
      const value = plainValue(sheet.getCell(`${letter}${row}`).value);
      if (typeof value === "string") text += value;
    }
    return text;
  };
  const delivery = meta.deliveryFile ? { file: meta.deliveryFile, text: column(SOURCE.deliveryColumn) } : undefined;
  const proposal = proposalFromTexts({ file: meta.file, text: column(SOURCE.proposalColumn) }, delivery, { standard: meta.standard, publicHolidays: meta.publicHolidays });
  return analyse(proposal);
}

/**
 * Checks a returned workbook against the one gongshi would write for the proposal it embeds:
 * every formula still there and unchanged, every input as exported (a changed count or a unit hour
 * that no longer matches the standard is named), and every stored result equal to what the formulas
 * give when recomputed from the workbook's own inputs.
 */
export async function checkWorkbook(file: string): Promise<{ issues: WorkbookIssue[]; analysis: Analysis }> {
  const actual = new ExcelJS.Workbook();
  const sharedStrings = keepSharedStrings(actual);
  try {
    await actual.xlsx.readFile(file);
  } catch (error) {
    throw new InputError([
      { file, line: 1, column: 1, code: "not-xlsx", message: { zh: `无法读取工作簿：${(error as Error).message}`, en: `cannot read the workbook: ${(error as Error).message}` } },
    ]);
  }
  const analysis = await embedded(actual, file);
  const expected = await buildWorkbook(analysis);
  const issues: WorkbookIssue[] = [];

  for (const want of expected.worksheets) {
    if (want.name === SHEETS.source || want.name === SHEETS.findings) continue;
    const got = actual.getWorksheet(want.name);
    if (!got) {
      issues.push({ sheet: want.name, address: "A1", kind: "formula-replaced", message: { zh: "工作表被删除", en: "the sheet was removed" } });
      continue;
    }
    want.eachRow((row) =>
      row.eachCell((cell) => {
        // A merged cell's other cells show its first one: checked there.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const mine = got.getCell(cell.address);
        if (isFormula(cell.value)) {
          if (!isFormula(mine.value)) {
            issues.push({
              sheet: want.name,
              address: cell.address,
              kind: "formula-replaced",
              message: { zh: `公式 =${cell.value.formula} 被改成了固定值 ${show(plainValue(mine.value))}`, en: `the formula =${cell.value.formula} was replaced by the value ${show(plainValue(mine.value))}` },
            });
          } else if (normalizeFormula(mine.value.formula) !== normalizeFormula(cell.value.formula)) {
            issues.push({
              sheet: want.name,
              address: cell.address,
              kind: "formula-changed",
              message: { zh: `公式由 =${cell.value.formula} 改成了 =${mine.value.formula}`, en: `the formula =${cell.value.formula} became =${mine.value.formula}` },
            });
          }
        } else if (isInputCell(cell)) {
          const before = plainValue(cell.value);
          const now = plainValue(mine.value);
          if (same(before, now)) return;
          const unitHours = want.name === SHEETS.workload && cell.address.replace(/\d+$/, "") === WORKLOAD_COLUMNS.unitHours.letter;
          issues.push({
            sheet: want.name,
            address: cell.address,
            kind: unitHours ? "unit-hours-changed" : "input-changed",
            message: unitHours
              ? { zh: `单位工时由 ${show(before)} 改成了 ${show(now)}，与方案及参考工时表不符`, en: `unit hours changed from ${show(before)} to ${show(now)}, no longer the proposal's and the standard's` }
              : { zh: `输入由 ${show(before)} 改成了 ${show(now)}`, en: `the input changed from ${show(before)} to ${show(now)}` },
          });
        }
      }),
    );
  }

  // Recompute every formula from the workbook's own inputs and compare with what it stores.
  const memo = new Map<string, Value>();
  const visiting = new Set<string>();
  const resolver: CellResolver = {
    value(sheetName, address) {
      const key = `${sheetName}!${address}`;
      if (memo.has(key)) return memo.get(key)!;
      const sheet = actual.getWorksheet(sheetName);
      if (!sheet) throw new FormulaError(`no sheet ${sheetName}`);
      const value = sheet.getCell(address).value;
      let result: Value;
      if (isFormula(value)) {
        if (visiting.has(key)) throw new FormulaError("circular reference");
        visiting.add(key);
        try {
          result = evaluate(value.formula, sheetName, resolver);
        } finally {
          visiting.delete(key);
        }
      } else result = plainValue(value);
      memo.set(key, result);
      return result;
    },
  };
  actual.eachSheet((sheet) => {
    if (sheet.name === SHEETS.source) return;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (!isFormula(cell.value) || cell.type === ExcelJS.ValueType.Merge) return;
        let recomputed: Value;
        try {
          recomputed = resolver.value(sheet.name, cell.address);
        } catch (error) {
          issues.push({
            sheet: sheet.name,
            address: cell.address,
            kind: "formula-unreadable",
            message: { zh: `无法重算公式 =${cell.value.formula}（${(error as Error).message}）`, en: `cannot recompute =${cell.value.formula} (${(error as Error).message})` },
          });
          return;
        }
        const stored = storedResult(cell.value, recomputed, sharedStrings.values);
        if (!same(stored, recomputed)) {
          issues.push({
            sheet: sheet.name,
            address: cell.address,
            kind: "stale-result",
            message: { zh: `存储的结果 ${show(stored)} 与按输入重算的 ${show(recomputed)} 不符`, en: `the stored result ${show(stored)} differs from ${show(recomputed)} recomputed from the inputs` },
          });
        }
      }),
    );
  });

  const order = actual.worksheets.map((s) => s.name);
  const position = (address: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    return Number(m[2]) * 1000 + m[1]!.length * 100 + m[1]!.charCodeAt(m[1]!.length - 1);
  };
  issues.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || position(a.address) - position(b.address));
  return { issues, analysis };
}
