import ExcelJS from "exceljs";
import { z } from "zod";
import { analyse, type Analysis } from "../analysis/analyse.js";
import { emptyConfig, type LintConfig } from "../config/config.js";
import type { RuleSetting } from "../engine/rule.js";
import { isInputCell, SHEETS, SOURCE, WORKLOAD_COLUMNS, MAX_RANGE_CELLS } from "../export/layout.js";
import { buildWorkbook } from "../export/workbook.js";
import type { Localized } from "../i18n/lang.js";
import { proposalFromTexts } from "../proposal/load.js";
import { InputError, type InputProblem } from "../source/problem.js";
import { readSourceBytes } from "../source/yaml-source.js";
import { bundledStandardIds, fingerprint, loadStandard, standardFromText } from "../standard/load.js";
import type { Standard } from "../standard/model.js";
import { evaluateAst, FormulaError, normalizeFormula, parseFormula, referencesOf, type Ast, type CellResolver, type Value } from "./formula.js";
import { checkWorkbookLimits, MAX_WORKBOOK_BYTES } from "./limits.js";

export type WorkbookIssueKind =
  | "formula-replaced"
  | "formula-changed"
  | "input-changed"
  | "unit-hours-changed"
  | "text-changed"
  | "cell-added"
  | "stale-result"
  | "formula-unreadable";

export interface WorkbookIssue {
  sheet: string;
  address: string;
  kind: WorkbookIssueKind;
  message: Localized;
}

/** What the check went by: the standard (and whether it is a bundled one), so a report can say so. */
export interface WorkbookBasis {
  standard: { id: string; name: string; file: string; bundled: boolean; sha256: string; given: "workbook" | "flag" };
}

/** What `gongshi check OUT.xlsx` may be told: each wins over what the workbook recorded at export. */
export interface WorkbookCheckOptions {
  /** --standard: check against this standard instead of the one the workbook carries. */
  standard?: string;
  /** --holidays. */
  holidays?: number;
  /** -c FILE, read: its settings instead of those recorded at export. */
  config?: LintConfig;
  /** --rule id:severity, on top. */
  rules?: ReadonlyMap<string, RuleSetting>;
  /** false with --no-waivers. */
  waivers?: boolean;
}

const show = (v: unknown) => (typeof v === "number" ? String(Number(v.toFixed(6))) : quoted(v ?? null));

/** A value as a message quotes it: at most 40 characters of it. */
function quoted(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function isFormula(value: unknown): value is ExcelJS.CellFormulaValue {
  return typeof value === "object" && value !== null && "formula" in value && typeof (value as ExcelJS.CellFormulaValue).formula === "string";
}

function plainValue(value: unknown): Value {
  if (value === null || value === undefined) return "";
  if (isFormula(value)) return plainValue(value.result);
  if (value instanceof Date) return value.getTime();
  if (typeof value === "object") {
    if ("richText" in value) return (value as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
    if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
    if ("text" in value) return String((value as ExcelJS.CellHyperlinkValue).text);
    return JSON.stringify(value);
  }
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
 * index into the shared strings. exceljs drops a stored result that is 0, "" or FALSE (and so index 0),
 * so a missing result is taken as whichever of those the recomputed value is; a missing result where the
 * recomputed value is anything else is a stale one (a count raised from 0 without recalculating).
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

const SETTINGS = ["off", "info", "warning", "error"] as const satisfies readonly RuleSetting[];

/** The parameters the hidden sheet keeps (export/workbook.ts embedSource). */
const metaSchema = z.object({
  standard: z.string().max(500),
  publicHolidays: z.int(),
  file: z.string().max(1000),
  deliveryFile: z.string().max(1000).nullable(),
  standardFile: z.string().max(1000).optional(),
  standardSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  rules: z.record(z.string().max(200), z.enum(SETTINGS)).optional(),
  waivers: z.object({ allow: z.enum(["none", "warnings", "all"]), by: z.enum(["default", "config", "flag"]) }).optional(),
});

type Meta = z.output<typeof metaSchema>;

function damaged(file: string, zh: string, en: string): InputError {
  return new InputError([{ file, line: 1, column: 1, code: "workbook-source-damaged", message: { zh: `隐藏的 gongshi 工作表已损坏：${zh}，无法核对`, en: `the hidden gongshi sheet is damaged: ${en}, so the workbook cannot be checked` } }]);
}

/** Reads the proposal a gongshi workbook embeds, and what it was exported with; throws InputError when the workbook is not one of ours. */
function embedded(workbook: ExcelJS.Workbook, file: string, options: WorkbookCheckOptions): { analysis: Analysis; basis: WorkbookBasis } {
  const sheet = workbook.getWorksheet(SHEETS.source);
  if (!sheet || plainValue(sheet.getCell(SOURCE.mark).value) !== SOURCE.value) {
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
  let meta: Meta;
  try {
    meta = metaSchema.parse(JSON.parse(String(plainValue(sheet.getCell(SOURCE.meta).value))));
  } catch {
    throw damaged(file, `${SOURCE.meta} 不是 gongshi 写的参数`, `${SOURCE.meta} is not the parameters gongshi wrote`);
  }
  const column = (letter: string) => {
    let text = "";
    for (let row = 1; row <= sheet.rowCount; row++) {
      // A spreadsheet program that re-saves the file may store the text as rich text.
      const value = plainValue(sheet.getCell(`${letter}${row}`).value);
      if (typeof value === "string") text += value;
    }
    return text;
  };
  const proposalText = column(SOURCE.proposalColumn);
  if (proposalText.trim() === "") throw damaged(file, `${SOURCE.proposalColumn} 列没有方案原文`, `column ${SOURCE.proposalColumn} holds no proposal`);
  const { standard, basis } = standardOf(meta, column(SOURCE.standardColumn), file, options);
  const delivery = meta.deliveryFile ? { file: meta.deliveryFile, text: column(SOURCE.deliveryColumn) } : undefined;
  const proposal = proposalFromTexts({ file: meta.file, text: proposalText }, delivery, { standardGiven: standard, publicHolidays: options.holidays ?? meta.publicHolidays });
  const config = options.config ?? recordedConfig(meta);
  for (const [id, setting] of options.rules ?? []) config.rules.set(id, setting);
  if (options.waivers === false) config.waivers = { allow: "none", by: "flag" };
  return { analysis: analyse(proposal, config), basis };
}

/**
 * The standard to check by: --standard when given (honoured: every unit hour is then compared with it);
 * else the one the workbook carries (its text, checked against its fingerprint), so a workbook exported
 * with a standard file of one's own is checked without that file, and never against a bundled table that
 * happens to share its id. A workbook that carries no text (written before it did) names a bundled id.
 */
function standardOf(meta: Meta, text: string, file: string, options: WorkbookCheckOptions): { standard: Standard; basis: WorkbookBasis } {
  const basisOf = (standard: Standard, given: "workbook" | "flag"): WorkbookBasis => {
    const sha256 = fingerprint(standard.text);
    const bundled = bundledStandardIds().some((id) => id === standard.id && fingerprint(loadStandard(id).text) === sha256);
    return { standard: { id: standard.id, name: standard.shortName, file: standard.file, bundled, sha256, given } };
  };
  if (options.standard !== undefined) {
    const standard = loadStandard(options.standard);
    return { standard, basis: basisOf(standard, "flag") };
  }
  if (text === "") {
    if (!bundledStandardIds().includes(meta.standard)) {
      throw damaged(file, `没有携带参考工时标准（${quoted(meta.standard)} 不是内置标准）；可用 --standard 指定`, `it carries no standard (${quoted(meta.standard)} is not a bundled one); name one with --standard`);
    }
    const standard = loadStandard(meta.standard);
    return { standard, basis: basisOf(standard, "workbook") };
  }
  if (meta.standardSha256 !== undefined && fingerprint(text) !== meta.standardSha256) {
    throw damaged(file, `${SOURCE.standardColumn} 列的参考工时标准与它的指纹不符`, `the standard in column ${SOURCE.standardColumn} does not match its fingerprint`);
  }
  const standard = standardFromText(`${file}（${meta.standardFile ?? meta.standard}）`, text);
  return { standard, basis: basisOf(standard, "workbook") };
}

/** The rule settings and waiver policy the workbook was exported under. */
function recordedConfig(meta: Meta): LintConfig {
  const config = emptyConfig();
  for (const [id, setting] of Object.entries(meta.rules ?? {})) config.rules.set(id, setting);
  if (meta.waivers) config.waivers = meta.waivers;
  return config;
}

/** The workbook's bytes, read as any file gongshi is given (files/read.ts), and within the limits of limits.ts. */
async function readWorkbook(file: string): Promise<{ workbook: ExcelJS.Workbook; sharedStrings: { values: unknown[] } }> {
  const bytes = readSourceBytes(file, MAX_WORKBOOK_BYTES);
  checkWorkbookLimits(file, bytes);
  const workbook = new ExcelJS.Workbook();
  const sharedStrings = keepSharedStrings(workbook);
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    const problem: InputProblem = { file, line: 1, column: 1, code: "not-xlsx", message: { zh: `无法读取工作簿：${(error as Error).message}`, en: `cannot read the workbook: ${(error as Error).message}` } };
    throw new InputError([problem]);
  }
  return { workbook, sharedStrings };
}

/**
 * Checks a returned workbook against the one gongshi would write now for the proposal it embeds (with
 * the standard and settings it was exported with): every cell gongshi wrote — formulas, inputs, labels,
 * texts, the findings and the summary's counts — still as written (a changed count, a unit hour that no
 * longer matches the standard, a renamed item, a deleted finding are named), nothing added to its
 * sheets, and every stored result equal to what the formulas give when recomputed from the workbook's
 * own inputs.
 */
export async function checkWorkbook(file: string, options: WorkbookCheckOptions = {}): Promise<{ issues: WorkbookIssue[]; analysis: Analysis; basis: WorkbookBasis }> {
  const { workbook: actual, sharedStrings } = await readWorkbook(file);
  const { analysis, basis } = embedded(actual, file, options);
  const expected = await buildWorkbook(analysis);
  const issues: WorkbookIssue[] = [];
  const ours = new Set<string>();

  for (const want of expected.worksheets) {
    if (want.name === SHEETS.source) continue;
    ours.add(want.name);
    const got = actual.getWorksheet(want.name);
    if (!got) {
      issues.push({ sheet: want.name, address: "A1", kind: "formula-replaced", message: { zh: "工作表被删除", en: "the sheet was removed" } });
      continue;
    }
    const written = new Set<string>();
    want.eachRow((row) =>
      row.eachCell((cell) => {
        written.add(cell.address);
        // A merged cell's other cells show its first one: checked there.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const issue = compareCell(want.name, cell, got.getCell(cell.address));
        if (issue) issues.push(issue);
      }),
    );
    got.eachRow((row) =>
      row.eachCell((cell) => {
        if (written.has(cell.address) || cell.type === ExcelJS.ValueType.Merge) return;
        const value = plainValue(cell.value);
        if (value === "" && !isFormula(cell.value)) return;
        issues.push({
          sheet: want.name,
          address: cell.address,
          kind: "cell-added",
          message: isFormula(cell.value)
            ? { zh: `添加了公式 =${cell.value.formula}（gongshi 没有写这个单元格）`, en: `a formula =${cell.value.formula} was added (gongshi wrote nothing here)` }
            : { zh: `添加了 ${show(value)}（gongshi 没有写这个单元格）`, en: `${show(value)} was added (gongshi wrote nothing here)` },
        });
      }),
    );
  }

  issues.push(...staleResults(actual, ours, sharedStrings.values));

  const order = actual.worksheets.map((s) => s.name);
  const position = (address: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    return Number(m[2]) * 1000 + m[1]!.length * 100 + m[1]!.charCodeAt(m[1]!.length - 1);
  };
  issues.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || position(a.address) - position(b.address));
  return { issues, analysis, basis };
}

/** One cell gongshi wrote against the cell now at its address: undefined when it still holds. */
function compareCell(sheet: string, cell: ExcelJS.Cell, mine: ExcelJS.Cell): WorkbookIssue | undefined {
  const at = { sheet, address: cell.address };
  if (isFormula(cell.value)) {
    if (!isFormula(mine.value)) {
      return {
        ...at,
        kind: "formula-replaced",
        message: { zh: `公式 =${cell.value.formula} 被改成了固定值 ${show(plainValue(mine.value))}`, en: `the formula =${cell.value.formula} was replaced by the value ${show(plainValue(mine.value))}` },
      };
    }
    if (normalizeFormula(mine.value.formula) !== normalizeFormula(cell.value.formula)) {
      return { ...at, kind: "formula-changed", message: { zh: `公式由 =${cell.value.formula} 改成了 =${mine.value.formula}`, en: `the formula =${cell.value.formula} became =${mine.value.formula}` } };
    }
    return undefined;
  }
  const before = plainValue(cell.value);
  const now = plainValue(mine.value);
  if (same(before, now) && !isFormula(mine.value)) return undefined;
  if (isInputCell(cell)) {
    const unitHours = sheet === SHEETS.workload && cell.address.replace(/\d+$/, "") === WORKLOAD_COLUMNS.unitHours.letter;
    return {
      ...at,
      kind: unitHours ? "unit-hours-changed" : "input-changed",
      message: unitHours
        ? { zh: `单位工时由 ${show(before)} 改成了 ${show(now)}，与方案及参考工时表不符`, en: `unit hours changed from ${show(before)} to ${show(now)}, no longer the proposal's and the standard's` }
        : { zh: `输入由 ${show(before)} 改成了 ${show(now)}`, en: `the input changed from ${show(before)} to ${show(now)}` },
    };
  }
  const what = isFormula(mine.value) ? `=${mine.value.formula}` : show(now);
  return {
    ...at,
    kind: "text-changed",
    message: { zh: `gongshi 写的 ${show(before)} 改成了 ${what}`, en: `${show(before)}, as gongshi wrote it, became ${what}` },
  };
}

type Outcome = { value: Value } | { error: FormulaError };

/**
 * Every formula in gongshi's sheets recomputed from the workbook's own inputs and compared with what it
 * stores. Evaluation runs off an explicit stack in dependency order, each cell once (a failure is
 * remembered like a value), so a chain of ten thousand formulas costs ten thousand evaluations and no
 * recursion; a range larger than gongshi ever writes is refused before it is expanded.
 */
function staleResults(workbook: ExcelJS.Workbook, sheets: ReadonlySet<string>, sharedStrings: unknown[]): WorkbookIssue[] {
  const cells = new Map<string, ExcelJS.Cell>();
  const formulas: { sheet: string; cell: ExcelJS.Cell; key: string }[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.name === SHEETS.source) return;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const key = `${sheet.name}!${cell.address}`;
        cells.set(key, cell);
        // A sheet of the reader's own is theirs: only gongshi's formulas are recomputed.
        if (isFormula(cell.value) && sheets.has(sheet.name)) formulas.push({ sheet: sheet.name, cell, key });
      }),
    );
  });

  const outcomes = new Map<string, Outcome>();
  const parsed = new Map<string, Ast | FormulaError>();
  const astOf = (key: string, formula: string): Ast | FormulaError => {
    let ast = parsed.get(key);
    if (!ast) {
      try {
        ast = parseFormula(formula);
      } catch (error) {
        ast = error instanceof FormulaError ? error : new FormulaError(String(error));
      }
      parsed.set(key, ast);
    }
    return ast;
  };
  const sheetOf = (key: string) => key.slice(0, key.lastIndexOf("!"));
  const resolver: CellResolver = {
    value(sheet, address) {
      if (!workbook.getWorksheet(sheet)) throw new FormulaError(`no sheet ${sheet}`);
      const key = `${sheet}!${address}`;
      const known = outcomes.get(key);
      if (known) {
        if ("error" in known) throw known.error;
        return known.value;
      }
      const cell = cells.get(key);
      if (cell && isFormula(cell.value)) throw new FormulaError("circular reference", { zh: "循环引用", en: "circular reference" });
      // An input, a label, or an empty cell: its value as it stands.
      const value = cell ? plainValue(cell.value) : "";
      outcomes.set(key, { value });
      return value;
    },
  };
  const evaluateCell = (key: string) => {
    const cell = cells.get(key)!;
    const ast = astOf(key, (cell.value as ExcelJS.CellFormulaValue).formula);
    if (ast instanceof FormulaError) return outcomes.set(key, { error: ast });
    try {
      outcomes.set(key, { value: evaluateAst(ast, sheetOf(key), resolver, MAX_RANGE_CELLS) });
    } catch (error) {
      outcomes.set(key, { error: error instanceof FormulaError ? error : new FormulaError(String(error)) });
    }
  };

  // Depth-first over the references, without recursion: a cell is evaluated once all it reads are.
  const visiting = new Set<string>();
  for (const { key: start } of formulas) {
    if (outcomes.has(start)) continue;
    const stack: { key: string; expanded: boolean }[] = [{ key: start, expanded: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (outcomes.has(top.key)) {
        stack.pop();
        continue;
      }
      if (top.expanded) {
        evaluateCell(top.key);
        visiting.delete(top.key);
        stack.pop();
        continue;
      }
      top.expanded = true;
      visiting.add(top.key);
      const cell = cells.get(top.key)!;
      const ast = astOf(top.key, (cell.value as ExcelJS.CellFormulaValue).formula);
      if (ast instanceof FormulaError) continue;
      let references: { sheet: string; address: string }[];
      try {
        references = referencesOf(ast, sheetOf(top.key), MAX_RANGE_CELLS);
      } catch (error) {
        outcomes.set(top.key, { error: error instanceof FormulaError ? error : new FormulaError(String(error)) });
        continue;
      }
      for (const ref of references) {
        const key = `${ref.sheet}!${ref.address}`;
        const referenced = cells.get(key);
        // A cell on the stack already is a circle: left for evaluation to report.
        if (referenced && isFormula(referenced.value) && !outcomes.has(key) && !visiting.has(key)) stack.push({ key, expanded: false });
      }
    }
  }

  const issues: WorkbookIssue[] = [];
  for (const { sheet, cell, key } of formulas) {
    const outcome = outcomes.get(key)!;
    const formula = (cell.value as ExcelJS.CellFormulaValue).formula;
    if ("error" in outcome) {
      const why = outcome.error.words ?? { zh: outcome.error.message, en: outcome.error.message };
      issues.push({
        sheet,
        address: cell.address,
        kind: "formula-unreadable",
        message: { zh: `无法重算公式 =${formula.slice(0, 200)}（${why.zh}）`, en: `cannot recompute =${formula.slice(0, 200)} (${why.en})` },
      });
      continue;
    }
    const stored = storedResult(cell.value as ExcelJS.CellFormulaValue, outcome.value, sharedStrings);
    if (!same(stored, outcome.value)) {
      issues.push({
        sheet,
        address: cell.address,
        kind: "stale-result",
        message: { zh: `存储的结果 ${show(stored)} 与按输入重算的 ${show(outcome.value)} 不符`, en: `the stored result ${show(stored)} differs from ${show(outcome.value)} recomputed from the inputs` },
      });
    }
  }
  return issues;
}
