import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { tempDir } from "./helpers.js";

/** Whether LibreOffice is installed (.ci/run installs libreoffice-calc-nogui from Debian). */
export const hasLibreOffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

/**
 * A throw-away LibreOffice profile that recalculates every formula of an .xlsx on load. By default
 * LibreOffice keeps the results stored in the file (even with fullCalcOnLoad), which would make any
 * comparison with our stored results prove nothing; OOXMLRecalcMode 0 means "always recalculate".
 */
function recalculatingProfile(): string {
  const profile = tempDir();
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return profile;
}

/** Has LibreOffice open, recalculate and save each workbook; returns the recalculated copies in the same order. */
export function recalculate(files: string[], options: { forceRecalculation?: boolean } = {}): string[] {
  const outdir = tempDir();
  const profile = options.forceRecalculation === false ? tempDir() : recalculatingProfile();
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outdir, ...files], {
    stdio: "pipe",
    timeout: 120_000,
  });
  return files.map((f) => join(outdir, basename(f)));
}

export type CellValue = number | string | boolean | null;

/** Every formula cell of a workbook, by "sheet!A1", with its stored result. */
export async function formulaResults(file: string): Promise<Map<string, CellValue>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const out = new Map<string, CellValue>();
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as ExcelJS.CellFormulaValue | null;
        if (value && typeof value === "object" && "formula" in value && value.formula) {
          const result = value.result as unknown;
          out.set(`${sheet.name}!${cell.address}`, typeof result === "object" && result !== null ? JSON.stringify(result) : (result as CellValue) ?? null);
        }
      }),
    ),
  );
  return out;
}

/** Cells whose stored result differs from the recalculated one (numbers within a millionth of an hour or fen). */
export function mismatches(stored: Map<string, CellValue>, recalculated: Map<string, CellValue>): string[] {
  const out: string[] = [];
  for (const [address, value] of stored) {
    const again = recalculated.get(address);
    const same = typeof value === "number" && typeof again === "number" ? Math.abs(value - again) < 1e-6 : value === again;
    if (!same) out.push(`${address}: stored ${JSON.stringify(value)}, recalculated ${JSON.stringify(again)}`);
  }
  return out;
}

export async function cellValue(file: string, sheet: string, address: string): Promise<CellValue> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const value = workbook.getWorksheet(sheet)!.getCell(address).value as unknown;
  if (value && typeof value === "object" && "result" in value) return (value as ExcelJS.CellFormulaValue).result as CellValue;
  return value as CellValue;
}
