/**
 * The exported workbook as an accountant signs it and an evaluator prints it: rendered by LibreOffice
 * and by Gnumeric (which shows numbers by Excel's format rules) to PDF and PNG, and read back as text.
 */
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { capitalAmount } from "../src/exact/money.js";
import { capitalFormula } from "../src/export/workbook.js";
import { exampleBudget, exampleProposal } from "../src/rules/examples.js";
import { gongshi, tempDir } from "./helpers.js";
import { gnumericPdf, gnumericSheetsAsShown, hasGnumeric, hasPoppler, pdfPages, pdfToPng } from "./gnumeric.js";
import { cellValue, hasLibreOffice, printToPdf, recalculate } from "./libreoffice.js";

const EXAMPLE = "examples/community-elderly.yaml";
const PROJECT = "双塔街道长者关爱与社区融合项目";
const SHEETS = ["概要", "服务量测算", "督导费", "预算", "检查结果", "参考工时表"];
const CAN_PRINT = (hasLibreOffice && hasGnumeric && hasPoppler) || !!process.env.CI;

/** A whole number shown with a trailing point, as Excel's rules give "#,##0.##" for 36: "36." (not "2.5", not "。"). */
const TRAILING_POINT = /(?<![\d.])\d[\d,]*\.(?!\d)/;

function exported(file: string, name = "budget.xlsx"): string {
  const out = join(tempDir(), name);
  const result = gongshi(["export", file, "-o", out]);
  expect(result.status, result.stderr).toBe(0);
  return out;
}

/** A 150万 project: 社工站-sized personnel and activity budgets, fee and tax on top. */
function largeProject(): string {
  const file = join(tempDir(), "large.yaml");
  writeFileSync(file, exampleProposal({ extra: exampleBudget({ personnel: 1_200_000, activities: 300_000, fee: 8, tax: 6, limits: "    ceiling: 1800000" }) }));
  return file;
}

describe.skipIf(!CAN_PRINT)("the workbook printed by LibreOffice and by Gnumeric", () => {
  let xlsx = "";
  const printed = { LibreOffice: [] as string[], Gnumeric: [] as string[] };
  const engines = Object.keys(printed) as (keyof typeof printed)[];
  beforeAll(() => {
    xlsx = exported(EXAMPLE);
    printed.LibreOffice = pdfPages(printToPdf([xlsx])[0]!);
    printed.Gnumeric = pdfPages(gnumericPdf(xlsx));
  });

  it.each(engines)("%s: no whole number ends in a point and no cell shows #", (engine) => {
    const pages = printed[engine];
    expect(pages.length).toBeGreaterThanOrEqual(SHEETS.length);
    for (const page of pages) {
      expect(page).not.toContain("#");
      expect(page.match(TRAILING_POINT)?.[0] ?? null).toBeNull();
    }
    const text = pages.join("\n");
    // The quantities that showed as "36." and "2,000." and the factors that showed as "1.":
    expect(text).toMatch(/社工工资（含社保、公积金）\s+¥6,500\.00\s+人·月\s+36\s+¥234,000\.00/);
    expect(text).toMatch(/宣传折页印刷\s+¥2\.00\s+份\s+2,000\s/);
    expect(text).toMatch(/专业咨询\s+四（二）1；\S+\s+1\.00\s+次\s+120\s+1\s+120\.00/);
  });

  it.each(engines)("%s: every page carries the project, its sheet and 第 x 页 共 y 页", (engine) => {
    const pages = printed[engine];
    pages.forEach((page, i) => {
      const [top] = page.trimStart().split("\n");
      expect(top).toContain(PROJECT);
      expect(SHEETS.some((sheet) => top!.includes(sheet))).toBe(true);
      // pdftotext keeps or drops the spaces of the footer depending on the font's spacing.
      expect(page).toMatch(new RegExp(`第\\s*${i + 1}\\s*页\\s*共\\s*${pages.length}\\s*页`));
    });
  });

  it("LibreOffice repeats a table's header row on each of its pages", () => {
    const table = printed.LibreOffice.filter((page) => page.trimStart().split("\n")[0]!.includes("参考工时表"));
    expect(table.length).toBeGreaterThan(1);
    for (const page of table) expect(page).toMatch(/序号\s+代码\s+工作类型\/内容/);
  });

  it("ends 预算 with the total in capital numerals and the lines it is signed on", () => {
    const budget = printed.LibreOffice.find((page) => page.includes("预算总额（大写）"))!;
    expect(budget).toMatch(/预算总额（大写）\s+人民币叁拾陆万零贰佰壹拾壹元叁角贰分/);
    // As the proposal says them (project.organisation; budget.responsible, prepared_by, prepared_on).
    expect(budget).toMatch(/编制单位：苏州市姑苏区同心社会工作服务中心/);
    expect(budget).toMatch(/负责人：周红/);
    expect(budget).toMatch(/编制人：陈思/);
    expect(budget).toMatch(/编制日期：2025 年 11 月 20 日/);
  });

  it("renders every page to a PNG in both programs", () => {
    for (const pdf of [printToPdf([xlsx])[0]!, gnumericPdf(xlsx)]) {
      const pngs = pdfToPng(pdf);
      expect(pngs.length).toBeGreaterThanOrEqual(SHEETS.length);
      for (const png of pngs) expect(statSync(png).size).toBeGreaterThan(5_000);
    }
  });

  it("shows each cell by Excel's format rules in Gnumeric: whole counts and factors without a point, decimals where they are", () => {
    const sheets = gnumericSheetsAsShown(xlsx);
    for (const sheet of SHEETS) {
      for (const cell of sheets.get(sheet)!.flat()) {
        expect(cell).not.toMatch(/^#+$/);
        expect(cell.match(TRAILING_POINT)?.[0] ?? null).toBeNull();
      }
    }
    const budget = sheets.get("预算")!;
    const row = (item: string) => budget.find((cells) => cells[1] === item)!;
    expect(row("社工工资（含社保、公积金）").slice(2, 6)).toEqual(["¥6,500.00", "人·月", "36", "¥234,000.00"]);
    expect(row("团体督导（黄慧）")[4]).toBe("25"); // supervision hours, a formula: whole, so no ".00" and no point
    const workload = sheets.get("服务量测算")!;
    expect(workload.find((cells) => cells[1] === "社区资源调查")![7]).toBe("1.5"); // a factor with decimals keeps them
  });

  it("prints a 150万 project with every amount in full (no ###), up to the total in capital numerals", () => {
    const large = exported(largeProject(), "large.xlsx");
    const pages = [...pdfPages(printToPdf([large])[0]!), ...pdfPages(gnumericPdf(large))];
    const text = pages.join("\n");
    expect(text).not.toContain("#");
    // 1,500,000 direct; fee 8 % = 120,000; tax 6 % of 1,620,000 = 97,200; total 1,717,200.
    expect(text).toMatch(/预算总额\s+¥1,717,200\.00/);
    expect(text).toContain("人民币壹佰柒拾壹万柒仟贰佰元整");
    expect(text).toMatch(/预算总额上限（元）\s+¥1,800,000\.00\s+满足/);
    // Lines the proposal does not fill are left blank, to sign by hand.
    expect(text).toMatch(/编制单位：（盖章）\s+负责人：\s*\n/);
    expect(text).toMatch(/编制日期：\s+年\s+月\s+日/);
  });

  it("prints the largest budget a proposal can state (¥4,000,000,000.00) without ###", () => {
    const file = join(tempDir(), "largest.yaml");
    writeFileSync(file, exampleProposal({ extra: exampleBudget({ personnel: 999_999_999.99, activities: 0.01, fee: 100, tax: 100 }) }));
    const text = pdfPages(printToPdf([exported(file, "largest.xlsx")])[0]!).join("\n");
    expect(text).not.toContain("#");
    expect(text).toMatch(/预算总额\s+¥4,000,000,000\.00/);
    expect(text).toContain("人民币肆拾亿元整");
  });
});

describe.skipIf(!CAN_PRINT)("the total in capital numerals, as spreadsheet programs compute it", () => {
  // Zeros inside, at 万 and 元, before 分; 整 after 元 and 角; up to 千亿.
  const AMOUNTS = [0, 5, 30, 32, 10100000, 10700053, 10000100000, 100, 1000, 1002, 168032, 1640902, 10000000, 10050000, 100050000, 105000000, 10000000100, 100000000000, 36021132, 40000000000, 399999999999, 20001010, 10000000000001];

  it("gives what capitalAmount gives, in LibreOffice and in Gnumeric", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    AMOUNTS.forEach((fen, i) => {
      sheet.getCell(`A${i + 1}`).value = fen / 100;
      sheet.getCell(`B${i + 1}`).value = { formula: capitalFormula(`A${i + 1}`), result: "" } as ExcelJS.CellFormulaValue;
    });
    const file = join(tempDir(), "capital.xlsx");
    await workbook.xlsx.writeFile(file);
    const expected = AMOUNTS.map((fen) => capitalAmount(fen));
    const libreOffice = recalculate([file])[0]!;
    const got: unknown[] = [];
    for (let i = 0; i < AMOUNTS.length; i++) got.push(await cellValue(libreOffice, "S", `B${i + 1}`));
    expect(got).toEqual(expected);
    expect(gnumericSheetsAsShown(file).get("S")!.slice(0, AMOUNTS.length).map((cells) => cells[1])).toEqual(expected);
  });

  it("follows the total when a price is changed in the workbook", async () => {
    const xlsx = exported(EXAMPLE);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet("预算")!;
    sheet.getCell("C2").value = 7500; // 社工工资 6,500 → 7,500 元/人·月: +36,000 direct
    let capitalAt = "";
    sheet.eachRow((row, r) => {
      if (row.getCell(2).value === "预算总额（大写）") capitalAt = `C${r}`;
    });
    const changed = join(tempDir(), "changed.xlsx");
    await workbook.xlsx.writeFile(changed);
    // Direct 350,650.00; fee 28,052.00; tax 6 % of 378,702.00 = 22,722.12; total 401,424.12.
    expect(await cellValue(recalculate([changed])[0]!, "预算", capitalAt)).toBe("人民币肆拾万壹仟肆佰贰拾肆元壹角贰分");
    const gnumeric = gnumericSheetsAsShown(changed).get("预算")!;
    expect(gnumeric.find((cells) => cells[1] === "预算总额（大写）")![2]).toBe("人民币肆拾万壹仟肆佰贰拾肆元壹角贰分");
  });
});
