import { execFileSync, spawnSync } from "node:child_process";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
// @ts-expect-error a plain ES module without type declarations, shared with scripts/screenshots.mjs
import { writeRecalculatingProfile } from "../scripts/libreoffice-profile.mjs";
import { tempDir } from "./helpers.js";

/** Whether LibreOffice is installed (.ci/run installs libreoffice-calc-nogui from Debian). */
export const hasLibreOffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

/** A throw-away LibreOffice profile that recalculates every formula on load (see scripts/libreoffice-profile.mjs). */
function recalculatingProfile(): string {
  return writeRecalculatingProfile(tempDir());
}

/** Has LibreOffice open, recalculate and save each workbook; returns the recalculated copies in the same order. */
export function recalculate(files: string[], options: { forceRecalculation?: boolean } = {}): string[] {
  return convert(files, "xlsx", options);
}

/** Has LibreOffice open each workbook, recalculate it and print it to PDF (as File ▸ Export as PDF does). */
export function printToPdf(files: string[]): string[] {
  return convert(files, "pdf");
}

function convert(files: string[], format: "xlsx" | "pdf", options: { forceRecalculation?: boolean } = {}): string[] {
  const outdir = tempDir();
  const profile = options.forceRecalculation === false ? tempDir() : recalculatingProfile();
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outdir, ...files], {
    stdio: "pipe",
    timeout: 120_000,
  });
  return files.map((f) => join(outdir, basename(f).replace(/\.xlsx$/, `.${format}`)));
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
