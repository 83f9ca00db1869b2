import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

/**
 * The house is one-way: file → parsed source → standard → proposal → computations → rules → engine →
 * analysis → outputs → cli. This table says which folder of src/ may import which; an import that runs
 * back up (the proposal borrowing a type from the budget it feeds, say) fails here with its file and line.
 * A new folder has to be placed in the table before it can be used.
 */
const BASE = ["exact", "i18n"];
const READING = [...BASE, "source", "files", "standard"];
const DOMAIN = [...READING, "proposal", "workload"];
const COMPUTED = [...DOMAIN, "budget", "delivery", "tender"];
const CHECKS = [...COMPUTED, "engine", "rules", "config"];

const ALLOWED: Record<string, readonly string[]> = {
  exact: [],
  i18n: [],
  source: ["i18n", "exact", "files"],
  files: ["i18n"],
  standard: ["exact", "i18n", "source", "files"],
  proposal: READING,
  workload: [...READING, "proposal"],
  budget: DOMAIN,
  delivery: DOMAIN,
  tender: [...DOMAIN, "delivery"],
  engine: COMPUTED,
  rules: [...COMPUTED, "engine"],
  config: ["i18n", "source", "files", "engine"],
  analysis: CHECKS,
  lint: [...CHECKS, "analysis"],
  diff: [...CHECKS, "analysis"],
  export: [...CHECKS, "analysis"],
  "workbook-check": [...CHECKS, "analysis", "export"],
  report: [...CHECKS, "analysis", "lint", "diff", "export", "workbook-check"],
  "json-schema": CHECKS,
  lsp: [...CHECKS, "analysis", "report"],
  cli: [...CHECKS, "analysis", "lint", "diff", "export", "workbook-check", "report", "lsp", "json-schema"],
};

const SRC = join(ROOT, "src");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The top folder of src/ a file is in ("report" for src/report/lint/sarif.ts). */
function folderOf(file: string): string {
  return relative(SRC, file).split(sep)[0]!;
}

/** Every relative import of a file — static, re-exported, type-only or dynamic — with its line. */
function importsOf(file: string): { target: string; line: number }[] {
  const text = readFileSync(file, "utf8");
  const found: { target: string; line: number }[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm;
  for (const match of text.matchAll(pattern)) {
    const line = text.slice(0, match.index).split("\n").length;
    found.push({ target: resolve(dirname(file), match[1]!.replace(/\.js$/, ".ts")), line });
  }
  return found;
}

describe("the one-way house", () => {
  const files = sourceFiles(SRC);

  it("places every folder of src/ in the table", () => {
    const folders = new Set(files.map(folderOf));
    for (const folder of folders) expect(ALLOWED, `src/${folder}/ is not in the layers table`).toHaveProperty([folder]);
  });

  it("has a table without cycles", () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (folder: string, trail: string[]) => {
      if (done.has(folder)) return;
      expect(visiting.has(folder), `cycle: ${[...trail, folder].join(" → ")}`).toBe(false);
      visiting.add(folder);
      for (const next of ALLOWED[folder] ?? []) visit(next, [...trail, folder]);
      visiting.delete(folder);
      done.add(folder);
    };
    for (const folder of Object.keys(ALLOWED)) visit(folder, []);
  });

  it("has no import that runs back up", () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      for (const { target, line } of importsOf(file)) {
        const to = folderOf(target);
        if (to === from || (ALLOWED[from] ?? []).includes(to)) continue;
        upward.push(`${relative(ROOT, file)}:${line} (${from} → ${to}) imports ${relative(ROOT, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("reads the imports it checks (a file of the pipeline imports from several folders)", () => {
    const analyse = importsOf(join(SRC, "analysis", "analyse.ts")).map((i) => folderOf(i.target));
    expect(new Set(analyse)).toEqual(new Set(["budget", "config", "delivery", "engine", "proposal", "rules", "standard", "tender", "workload"]));
  });
});
