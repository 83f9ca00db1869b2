import { readFileSync } from "node:fs";
import { PACKAGE_JSON } from "../files/install-paths.js";

/** The package's version, read from package.json so there is one place to change it. */
export const VERSION: string = (JSON.parse(readFileSync(PACKAGE_JSON, "utf8")) as { version: string }).version;
