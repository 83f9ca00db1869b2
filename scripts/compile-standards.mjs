// Validates every bundled reference table once, at build time, and stores the result beside the text it
// came from in dist/standards/ (see loadStandard): start-up then skips parsing and validating the YAML.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileStandardFile, STANDARDS_DIR } from "../dist/standard/load.js";
import { COMPILED_STANDARDS_DIR } from "../dist/files/install-paths.js";

mkdirSync(COMPILED_STANDARDS_DIR, { recursive: true });
for (const name of readdirSync(STANDARDS_DIR).filter((f) => f.endsWith(".yaml"))) {
  const compiled = compileStandardFile(join(STANDARDS_DIR, name));
  writeFileSync(join(COMPILED_STANDARDS_DIR, name.replace(/\.yaml$/, ".json")), JSON.stringify(compiled));
}
