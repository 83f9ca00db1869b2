// Loads the CLI: the bundled dist/gongshi.cjs through vm.Script with the V8 code cache that the build
// wrote (dist/gongshi.cache), else the plain compiled modules in dist/cli/. A cache made by another Node
// or V8 version is rejected by V8 and the script simply compiles as usual.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

export const BUNDLE = fileURLToPath(new URL("../dist/gongshi.cjs", import.meta.url));
export const CODE_CACHE = fileURLToPath(new URL("../dist/gongshi.cache", import.meta.url));

// The script's name as stack traces show it. V8 keeps the name a code cache was made under, so it is the
// same on every machine: never the folder of whoever built the package.
const SCRIPT_NAME = "gongshi/dist/gongshi.cjs";

/** @returns {Promise<{ main: (argv: string[]) => Promise<number>, script?: vm.Script }>} */
export async function loadCli({ useCache = true } = {}) {
  if (!existsSync(BUNDLE)) return import("../dist/cli/main.js");
  const source = readFileSync(BUNDLE, "utf8");
  const cachedData = useCache && existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __gongshiImport) {${source}\n})`, {
    filename: SCRIPT_NAME,
    cachedData,
  });
  const module = { exports: {} };
  // import() inside vm.Script needs a host hook; this module's own import() stands in (a --format module).
  const importModule = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE), importModule);
  return { main: module.exports.main, script };
}
