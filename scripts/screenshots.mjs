// Regenerates the README's pictures of the exported workbook (docs/workbook-*-{libreoffice,gnumeric}.png):
// exports examples/community-elderly.yaml, prints it to PDF with LibreOffice (recalculating, with a
// throw-away profile) and with Gnumeric (ssconvert), and crops the first page of 概要, 服务量测算 and 预算
// to what is printed on it. Needs a build (npm run build), soffice, ssconvert and poppler-utils.
// Run: node scripts/screenshots.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeRecalculatingProfile } from "./libreoffice-profile.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EXAMPLE = join(ROOT, "examples", "community-elderly.yaml");
const SHEETS = { summary: "概要", workload: "服务量测算", budget: "预算" };
const DPI = 110;
/** Points of white kept around what is printed. */
const MARGIN = 12;

const work = mkdtempSync(join(tmpdir(), "gongshi-screenshots-"));
const run = (command, args) => execFileSync(command, args, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });

try {
  const xlsx = join(work, "community-elderly.xlsx");
  run(process.execPath, [join(ROOT, "bin", "gongshi.js"), "export", EXAMPLE, "-o", xlsx]);

  const profile = writeRecalculatingProfile(join(work, "profile"));
  run("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, xlsx]);
  const pdfs = { libreoffice: join(work, "community-elderly.pdf"), gnumeric: join(work, "gnumeric.pdf") };
  run("ssconvert", ["--recalc", xlsx, pdfs.gnumeric]);

  for (const [program, pdf] of Object.entries(pdfs)) {
    const pages = run("pdftotext", ["-layout", pdf, "-"]).split("\f");
    for (const [name, sheet] of Object.entries(SHEETS)) {
      // The page header names the sheet; the first page of each sheet is the picture.
      const page = pages.findIndex((text) => text.trimStart().split("\n")[0].includes(sheet)) + 1;
      if (page === 0) throw new Error(`${program}: no page of ${sheet}`);
      const box = printedBox(pdf, page);
      const scale = DPI / 72;
      const prefix = join(work, `${name}-${program}`);
      run("pdftoppm", [
        "-png",
        "-singlefile",
        "-r",
        String(DPI),
        "-f",
        String(page),
        "-l",
        String(page),
        "-x",
        String(Math.floor(box.x0 * scale)),
        "-y",
        String(Math.floor(box.y0 * scale)),
        "-W",
        String(Math.ceil((box.x1 - box.x0) * scale)),
        "-H",
        String(Math.ceil((box.y1 - box.y0) * scale)),
        pdf,
        prefix,
      ]);
      renameSync(`${prefix}.png`, join(ROOT, "docs", `workbook-${name}-${program}.png`));
      console.log(`docs/workbook-${name}-${program}.png  (${program}, page ${page})`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * The area of a page that holds anything printed (words, grid lines, shading), page header included
 * and the footer (the page number) left out: the page rendered in grey and scanned for non-white.
 */
function printedBox(pdf, page) {
  const prefix = join(work, "scan");
  run("pdftoppm", ["-gray", "-singlefile", "-r", "72", "-f", String(page), "-l", String(page), pdf, prefix]);
  const image = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 40).toString("latin1"));
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = image.subarray(header[0].length);
  const box = { x0: width, y0: height, x1: 0, y1: 0 };
  // At 72 dpi a pixel is a point; the footer sits in the bottom 60 points.
  for (let y = 0; y < height - 60; y++)
    for (let x = 0; x < width; x++)
      if (pixels[y * width + x] < 245) {
        box.x0 = Math.min(box.x0, x);
        box.y0 = Math.min(box.y0, y);
        box.x1 = Math.max(box.x1, x + 1);
        box.y1 = Math.max(box.y1, y + 1);
      }
  return { x0: Math.max(0, box.x0 - MARGIN), y0: Math.max(0, box.y0 - MARGIN), x1: Math.min(width, box.x1 + MARGIN), y1: Math.min(height, box.y1 + MARGIN) };
}

// Pictures of an older naming left behind by a previous layout.
for (const name of readdirSync(join(ROOT, "docs"))) if (/^workbook-(summary|workload|budget)\.png$/.test(name)) rmSync(join(ROOT, "docs", name));
