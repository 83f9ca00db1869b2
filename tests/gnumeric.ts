/**
 * Gnumeric's ssconvert (Debian package gnumeric) and poppler's pdftotext / pdftoppm (poppler-utils),
 * for tests that look at a workbook the way Excel's number rules show it: Gnumeric follows Excel's
 * format semantics ("#,##0.##" shows 36 as "36."), where LibreOffice hides the point.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./helpers.js";

export const hasGnumeric = spawnSync("ssconvert", ["--version"], { encoding: "utf8" }).status === 0;
export const hasPoppler = spawnSync("pdftotext", ["-v"], { encoding: "utf8" }).status === 0;

function ssconvert(args: string[]): void {
  // ssconvert prints GLib warnings about styles it does not use; only its exit status matters.
  execFileSync("ssconvert", args, { stdio: "pipe", timeout: 120_000 });
}

/** Gnumeric recalculates the workbook and saves it again as .xlsx (what a user's File ▸ Save does). */
export function gnumericResave(file: string): string {
  const out = join(tempDir(), "resaved.xlsx");
  ssconvert(["--recalc", file, out]);
  return out;
}

/** Gnumeric recalculates the workbook and prints it to PDF. */
export function gnumericPdf(file: string): string {
  const out = join(tempDir(), "printed.pdf");
  ssconvert(["--recalc", file, out]);
  return out;
}

/** Every sheet as text the way Gnumeric shows its cells (number formats applied), by sheet name. */
export function gnumericSheetsAsShown(file: string): Map<string, string[][]> {
  const dir = tempDir();
  ssconvert(["--recalc", "-S", "-O", "format=preserve quoting-mode=never separator=\"\t\"", "--export-type=Gnumeric_stf:stf_assistant", file, join(dir, "%s.txt")]);
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(dir)) sheets.set(name.replace(/\.txt$/, ""), readFileSync(join(dir, name), "utf8").split("\n").map((line) => line.split("\t")));
  return sheets;
}

/** The text of each page of a PDF, laid out as printed. */
export function pdfPages(pdf: string): string[] {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").filter((page) => page.trim() !== "");
}

/** Renders each page of a PDF to a PNG; returns their paths. */
export function pdfToPng(pdf: string, resolution = 60): string[] {
  const dir = tempDir();
  execFileSync("pdftoppm", ["-r", String(resolution), "-png", pdf, join(dir, "page")]);
  return readdirSync(dir)
    .sort()
    .map((name) => join(dir, name));
}
