// Writes the V8 code cache for dist/gongshi.cjs (dist/gongshi.cache, keyed to this Node, its flags and
// the bundle: bin/cli-loader.js) after running the commands people run most, so the cache holds the
// functions they compile too, not only the top level. Run by `npm run build`.
import { CODE_CACHE, loadCli } from "../bin/cli-loader.js";

const { main, script, saveCodeCache } = await loadCli({ useCache: false });
if (!script) throw new Error("dist/gongshi.cjs is missing: run scripts/bundle.mjs first");
const write = process.stdout.write;
process.stdout.write = () => true;
try {
  for (const args of [["check", "examples/community-elderly.yaml"], ["check", "examples/station.yaml", "--format", "json"], ["lint", "examples"], ["table"], ["explain", "activity-size"]]) {
    await main(["node", "gongshi", ...args]);
  }
} finally {
  process.stdout.write = write;
}
process.exitCode = 0;
if (!saveCodeCache(CODE_CACHE)) throw new Error(`could not write ${CODE_CACHE}`);
