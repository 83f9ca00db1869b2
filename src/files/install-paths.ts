import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's own folder (where package.json and templates/ are), found by walking up from this
 * module, so the same code works from src/ (tests), dist/ (tsc) and dist/bundle/ (the bundled CLI).
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "templates", "standards"))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error("gongshi: cannot find its package folder (templates/standards)");
    dir = up;
  }
}

export const PACKAGE_ROOT = findPackageRoot();
export const STANDARDS_DIR = join(PACKAGE_ROOT, "templates", "standards");
export const PROPOSAL_TEMPLATES_DIR = join(PACKAGE_ROOT, "templates", "proposals");
/** The JSON Schemas for editors (proposal, delivery, config), which the files init writes name. */
export const SCHEMA_DIR = join(PACKAGE_ROOT, "schema");
/** The templates init writes besides proposals: a delivery file and a .gongshirc.yaml. */
export const INIT_TEMPLATES_DIR = join(PACKAGE_ROOT, "templates", "init");
export const PACKAGE_JSON = join(PACKAGE_ROOT, "package.json");
/** The bundled CLI that bin/gongshi.js runs (absent when running from the sources). */
export const BUNDLE_FILE = join(PACKAGE_ROOT, "dist", "gongshi.cjs");
/** The script a lint worker thread runs (src/lint/parallel.ts). */
export const LINT_WORKER = join(PACKAGE_ROOT, "bin", "lint-worker.js");
/** Validated copies of the bundled standards, written by `npm run build` (see standard/load.ts). */
export const COMPILED_STANDARDS_DIR = join(PACKAGE_ROOT, "dist", "standards");
