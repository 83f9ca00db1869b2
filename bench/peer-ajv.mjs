// The schema-only peer a CI maintainer would otherwise use: every *.yaml under a folder read with a YAML 1.2
// reader (the yaml package, so 2026-01-01 stays a string, as JSON Schema expects) and validated with ajv 8
// (with ajv-formats) against gongshi's committed proposal schema. It checks the shape only — no hours, no
// bounds, no budget, no rules. ajv, ajv-formats and yaml are already the project's devDependencies (for the
// SARIF test and the build); nothing is added for the bench. Usage: node bench/peer-ajv.mjs FOLDER SCHEMA
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { parse } from "yaml";

const [folder, schemaFile] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));

let files = 0;
let invalid = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.ya?ml$/.test(entry.name)) {
      files++;
      if (!validate(parse(readFileSync(path, "utf8")))) invalid++;
    }
  }
};
walk(folder);
process.stdout.write(`${files} files, ${invalid} invalid\n`);
process.exitCode = invalid ? 1 : 0;
