// A LibreOffice user profile that recalculates every formula of an .xlsx on load. By default LibreOffice
// keeps the results stored in the file (even with fullCalcOnLoad), which would make any comparison with
// gongshi's stored results prove nothing; OOXMLRecalcMode 0 means "always recalculate". Used by the
// tests (tests/libreoffice.ts) and by scripts/screenshots.mjs.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Writes the profile into `dir` (pass it as -env:UserInstallation=file://dir) and returns `dir`. */
export function writeRecalculatingProfile(dir) {
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}
