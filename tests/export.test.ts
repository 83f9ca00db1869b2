import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { analyse } from "../src/analysis/analyse.js";
import { buildWorkbook } from "../src/export/workbook.js";
import { parseProposal } from "../src/proposal/load.js";
import { exampleProposal } from "../src/rules/examples.js";
import { gongshi, ROOT, tempDir } from "./helpers.js";
import { cellValue, formulaResults, hasLibreOffice, mismatches, recalculate } from "./libreoffice.js";

const EXAMPLES = ["examples/community-elderly.yaml", "examples/social-assistance.yaml", "examples/station.yaml"];

function exportExample(file: string, dir = tempDir()): { xlsx: string; report: ReturnType<typeof JSON.parse> } {
  const xlsx = join(dir, file.replace(/^examples\//, "").replace(/\.yaml$/, ".xlsx"));
  const result = gongshi(["export", file, "-o", xlsx]);
  expect(result.status, result.stderr).toBe(0);
  const report = JSON.parse(gongshi(["check", file, "--format", "json"]).stdout);
  return { xlsx, report };
}

/** The row of a workload line in 服务量测算, by the item's name (first match). */
async function workloadRow(xlsx: string, name: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const sheet = workbook.getWorksheet("服务量测算")!;
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getCell(`B${r}`).value === name) return r;
  throw new Error(`${name} not in 服务量测算`);
}

async function totalRow(xlsx: string, sheetName: string, column: string, label: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const sheet = workbook.getWorksheet(sheetName)!;
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(`${column}${r}`).value === label) return r;
  throw new Error(`${label} not in ${sheetName}`);
}

describe("gongshi export", () => {
  it("writes every sheet an evaluator expects, with live formulas that store their results", async () => {
    const { xlsx, report } = exportExample(EXAMPLES[0]!);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["概要", "服务量测算", "督导费", "预算", "检查结果", "参考工时表", "gongshi"]);
    expect(workbook.getWorksheet("gongshi")!.state).toBe("hidden"); // the embedded proposal, for gongshi check OUT.xlsx
    const workload = workbook.getWorksheet("服务量测算")!;
    const total = await totalRow(xlsx, "服务量测算", "B", "合计");
    const cell = workload.getCell(`I${total}`).value as ExcelJS.CellFormulaValue;
    expect(cell.formula).toBe(`SUM(I2:I${total - 1})`);
    expect(cell.result).toBe(report.total.hours);
    expect(workload.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(workload.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1 });
    expect(workload.getCell("G2").fill).toMatchObject({ pattern: "solid" }); // an input cell is shaded
    expect(workbook.getWorksheet("预算")!.getCell("F2").numFmt).toBe('"¥"#,##0.00');
    expect(workbook.getWorksheet("参考工时表")!.rowCount).toBeGreaterThan(23);
  });

  it("embeds the proposal's text and its file's name, never a path of the author's machine", async () => {
    const dir = tempDir();
    const xlsx = join(dir, "out.xlsx");
    const proposal = join(ROOT, EXAMPLES[0]!); // an absolute path, as a file dragged onto a console gives
    expect(gongshi(["export", proposal, "-o", xlsx]).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const hidden = workbook.getWorksheet("gongshi")!;
    expect(JSON.parse(hidden.getCell("A2").value as string)).toMatchObject({ file: "community-elderly.yaml", deliveryFile: null });
    expect(hidden.getCell("B1").value).toBe(readFileSync(proposal, "utf8"));
    // Nowhere in the file (any sheet, any part of the package) does the author's folder appear.
    const unzipped = spawnSync("unzip", ["-p", xlsx], { encoding: "utf8" });
    if (unzipped.status === 0) expect(unzipped.stdout).not.toContain(ROOT.replace(/\/$/, ""));
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => expect(String(cell.value)).not.toContain(ROOT.replace(/\/$/, "")))));
  });

  it("keeps only the file's name of a delivery file and of a Windows path", async () => {
    const xlsx = join(tempDir(), "midterm.xlsx");
    expect(gongshi(["export", join(ROOT, "examples/delivery/community-elderly-midterm.yaml"), "-o", xlsx]).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(JSON.parse(workbook.getWorksheet("gongshi")!.getCell("A2").value as string)).toMatchObject({
      file: "community-elderly.yaml",
      deliveryFile: "community-elderly-midterm.yaml",
    });
    expect(gongshi(["check", xlsx]).status).toBe(0);
    // A proposal opened on Windows by its full path.
    const windows = await buildWorkbook(analyse(parseProposal("C:\\Users\\王晓燕\\Desktop\\方案.yaml", readFileSync(join(ROOT, EXAMPLES[2]!), "utf8"))));
    expect(JSON.parse(windows.getWorksheet("gongshi")!.getCell("A2").value as string).file).toBe("方案.yaml");
  });

  it("never overwrites without --force and writes through a temporary file", () => {
    const dir = tempDir();
    const out = join(dir, "budget.xlsx");
    writeFileSync(out, "mine");
    const refused = gongshi(["export", EXAMPLES[0]!, "-o", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("已存在，未覆盖");
    expect(readFileSync(out, "utf8")).toBe("mine");
    expect(gongshi(["export", EXAMPLES[0]!, "-o", out, "--force"]).status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir)).toEqual(["budget.xlsx"]); // no temporary file left behind
  });

  it("reports unusable input with exit 2 and writes nothing", () => {
    const dir = tempDir();
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "project: [\n");
    expect(gongshi(["export", bad, "-o", join(dir, "out.xlsx")]).status).toBe(2);
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
  });

  it("does not load exceljs for check, lint, table or explain (loaded as bin/gongshi.js loads the CLI)", () => {
    const script = `
      const { loadCli } = await import(${JSON.stringify(new URL("../bin/cli-loader.js", import.meta.url).href)});
      const { createRequire } = await import("node:module");
      const { main } = await loadCli();
      process.stdout.write = () => true;
      for (const args of [["check", "examples/station.yaml"], ["lint", "examples"], ["table"], ["explain", "activity-size"]]) {
        await main(["node", "gongshi", ...args]);
      }
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes("exceljs")).length;
      const before = loaded();
      await main(["node", "gongshi", "export", "examples/station.yaml", "-o", ${JSON.stringify(join(tempDir(), "x.xlsx"))}]);
      console.error(JSON.stringify([before, loaded() > 0]));
    `;
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", cwd: ROOT });
    // None before export; some once export has run (so the probe can see exceljs when it is there).
    expect(result.stderr.trim()).toBe("[0,true]");
  });
});

describe.skipIf(!hasLibreOffice && !process.env.CI)("the exported workbook in a real spreadsheet engine (LibreOffice)", () => {
  it("recalculates every formula of every example to the values gongshi stored, to the fen and the hour", async () => {
    const dir = tempDir();
    const exported = EXAMPLES.map((f) => exportExample(f, dir));
    const recalculated = recalculate(exported.map((e) => e.xlsx));
    for (const [i, { xlsx, report }] of exported.entries()) {
      const again = recalculated[i]!;
      expect(mismatches(await formulaResults(xlsx), await formulaResults(again))).toEqual([]);
      // And the headline figures are the tool's own:
      const hours = (await cellValue(again, "概要", "B15")) as number;
      expect(hours).toBeCloseTo(report.total.hours, 6);
      expect(Math.round(((await cellValue(again, "概要", "B19")) as number) * 100)).toBe(report.budget.total.fen);
      expect(Math.round(((await cellValue(again, "概要", "B20")) as number) * 100)).toBe(report.budget.costPerServiceHour.fen);
      expect(await cellValue(again, "概要", "B13")).toBeCloseTo(report.bounds.floor.hours, 6);
      expect(await cellValue(again, "概要", "B16")).toBe("在区间内");
      expect(Math.round(((await cellValue(again, "概要", "B18")) as number) * 100)).toBe(report.supervision.cost.fen);
    }
  });

  it("moves the totals by exactly count × unit hours when a count is changed in the workbook", async () => {
    const { xlsx, report } = exportExample(EXAMPLES[2]!);
    const row = await workloadRow(xlsx, "探访");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet("服务量测算")!;
    const before = sheet.getCell(`G${row}`).value as number;
    const unitHours = sheet.getCell(`E${row}`).value as number;
    sheet.getCell(`G${row}`).value = before + 25;
    const changed = join(tempDir(), "changed.xlsx");
    await workbook.xlsx.writeFile(changed);
    const [again] = recalculate([changed]);
    const total = await totalRow(xlsx, "服务量测算", "B", "合计");
    const newTotal = (await cellValue(again!, "服务量测算", `I${total}`)) as number;
    expect(newTotal - report.total.hours).toBeCloseTo(25 * unitHours, 9);
    expect(25 * unitHours).toBe(50); // 探访 is 2 h a visit
    expect(await cellValue(again!, "概要", "B15")).toBeCloseTo(report.total.hours + 50, 9);
    // The cost per service hour follows the new workload.
    const perHour = (await cellValue(again!, "概要", "B20")) as number;
    expect(perHour).toBeCloseTo(Math.round((report.budget.total.yuan / (report.total.hours + 50)) * 100) / 100, 9);
  });

  it("catches a wrong stored result, which LibreOffice would otherwise show as it is", async () => {
    const { xlsx } = exportExample(EXAMPLES[1]!);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const total = await totalRow(xlsx, "服务量测算", "B", "合计");
    const cell = workbook.getWorksheet("服务量测算")!.getCell(`I${total}`);
    const value = cell.value as ExcelJS.CellFormulaValue;
    cell.value = { formula: value.formula, result: (value.result as number) + 1 } as ExcelJS.CellFormulaValue;
    const tampered = join(tempDir(), "tampered.xlsx");
    await workbook.xlsx.writeFile(tampered);
    const stored = await formulaResults(tampered);
    const [recalculated] = recalculate([tampered]);
    expect(mismatches(stored, await formulaResults(recalculated!))).toContainEqual(expect.stringMatching(new RegExp(`^服务量测算!I${total}: stored`)));
    // Without the recalculating profile LibreOffice keeps the wrong stored value: the comparison would prove nothing.
    const [kept] = recalculate([tampered], { forceRecalculation: false });
    expect(mismatches(stored, await formulaResults(kept!))).toEqual([]);
  });

  it("keeps text that looks like a formula as text", async () => {
    const dir = tempDir();
    const proposal = join(dir, "p.yaml");
    writeFileSync(proposal, exampleProposal({ services: "  - item: 专业咨询\n    count: 1352\n  - custom: '=SUM(1,2)'\n    count: 1\n    hours: 20\n    justification: '+cmd|calc'" }));
    const xlsx = join(dir, "p.xlsx");
    expect(gongshi(["export", proposal, "-o", xlsx]).status).toBe(0);
    const [again] = recalculate([xlsx]);
    const row = await workloadRow(again!, "=SUM(1,2)");
    expect(await cellValue(again!, "服务量测算", `B${row}`)).toBe("=SUM(1,2)");
  });
});
