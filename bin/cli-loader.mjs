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

/** @returns {Promise<{ main: (argv: string[]) => Promise<number>, script?: vm.Script }>} */
export async function loadCli({ useCache = true } = {}) {
  if (!existsSync(BUNDLE)) return import("../dist/cli/main.js");
  const source = readFileSync(BUNDLE, "utf8");
  const cachedData = useCache && existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { main: module.exports.main, script };
}
