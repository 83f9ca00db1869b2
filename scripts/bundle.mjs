// Bundles the CLI into a few ES modules under dist/bundle/: one main chunk for start-up, and one lazily
// loaded chunk per command (code splitting keeps `export`'s code off the path of `check`). exceljs stays
// external: it is loaded only by `export` and by `check` of a workbook.
import { rmSync } from "node:fs";
import { build } from "esbuild";

rmSync("dist/bundle", { recursive: true, force: true }); // no stale chunks from an earlier build

await build({
  entryPoints: { main: "src/cli/main.ts" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outdir: "dist/bundle",
  outExtension: { ".js": ".mjs" },
  external: ["exceljs"],
  // CommonJS dependencies (cli-table3) call require(); give the bundle one.
  banner: { js: 'import { createRequire as __gongshiRequire } from "node:module"; const require = __gongshiRequire(import.meta.url);' },
  legalComments: "none",
  minify: true,
  logLevel: "warning",
});
