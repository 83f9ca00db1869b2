import { readFileSync } from "node:fs";
import { PACKAGE_JSON } from "../files/install-paths.js";

const PACKAGE = JSON.parse(readFileSync(PACKAGE_JSON, "utf8")) as { version: string; repository?: { url?: string } | string };

/** The package's version, read from package.json so there is one place to change it. */
export const VERSION: string = PACKAGE.version;

/** The repository's web address, from package.json's `repository` ("git+https://…/gongshi.git" → "https://…/gongshi"). */
export const REPOSITORY: string = (typeof PACKAGE.repository === "string" ? PACKAGE.repository : (PACKAGE.repository?.url ?? ""))
  .replace(/^git\+/, "")
  .replace(/\.git$/, "");
