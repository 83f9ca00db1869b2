// Bundles the CLI into one CommonJS file, dist/gongshi.cjs, that bin/cli-loader.js runs through
// vm.Script with a V8 code cache (scripts/warm-cache.mjs). One file and a code cache cut start-up by
// about a fifth: Node 20 has no compile cache for ES modules. Each command's code stays lazy inside the
// bundle (esbuild wraps dynamically imported modules in functions run on first import), and exceljs
// stays external: it is required only by `export` and by `check` of a workbook; so does the language
// server's protocol library, required only by `gongshi lsp`.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// The old cache goes with the old bundle: a cache is never left beside code it was not made from.
rmSync("dist/gongshi.cache", { force: true });
rmSync("dist/gongshi.cjs", { force: true });
await build({
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  outfile: "dist/gongshi.cjs",
  external: ["exceljs", "vscode-languageserver", "vscode-languageserver-textdocument"],
  // The sources locate the package from import.meta.url; in CommonJS that is this file's own URL.
  define: { "import.meta.url": "__gongshiModuleUrl" },
  banner: { js: 'var __gongshiModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: "none",
  minify: true,
  logLevel: "warning",
});
