/**
 * The bad-input corpus as a person sees it in an editor: each case's text opened in the real
 * yaml-language-server with a proposal schema, and whether a diagnostic stands on the line where
 * `gongshi check` puts its first problem.
 *
 * Which cases a JSON Schema can catch at all: the text of one proposal (not a flag, another file or
 * bytes), well-formed YAML with a document in it (syntax is the YAML parser's business, which the
 * language server reports without any schema), and a mistake that the document alone shows and JSON
 * Schema can state. Every other case is named below with the reason.
 */
import { CASES, type CorpusCase } from "../corpus/cases.js";
import { YamlLanguageServer, type Diagnostic } from "./yaml-ls.js";

/** Cases a schema cannot catch, and why. */
export const NOT_SCHEMA: Readonly<Record<string, string>> = {
  "an empty file": "no document: nothing for a schema to read",
  "a file of only comments": "no document: nothing for a schema to read",
  "a merge key (not part of YAML 1.2)": "YAML itself: the editor's parser merges `<<` keys, gongshi reads YAML 1.2, which has none",
  "a per-community item whose communities are not its count": "compares a count with the length of a list: JSON Schema cannot relate two values",
  "a tender indicator whose counts names a service nobody has": "the name must be one of the proposal's own custom services: JSON Schema cannot refer to other values",
  "91 budget lines at the largest amount (check)": "a sum over lines: JSON Schema cannot add values",
  "two custom services with the same name": "a name unique across entries: JSON Schema's uniqueItems compares whole items",
  "two supervisors with the same name": "a name unique across supervisors: JSON Schema's uniqueItems compares whole items",
  "project.standard: /etc/passwd": "where a file lies on disk is not in the text",
  "a period that ends before it starts": "compares two dates: JSON Schema cannot relate two values",
  "a period of 72 months": "compares two dates: JSON Schema cannot relate two values",
  "count: 1e-400 (would be read as 0)": "the editor's YAML reader reads the number as 0 too: what was written is not there for a schema",
  "count: 1.00000000000000001 (would be read as 1)": "the editor's YAML reader reads the number as 1 too: what was written is not there for a schema",
};

export type Reason = "syntax" | "not-text" | "named";

/** Why a case is outside what a schema can catch, or undefined when a schema can catch it. */
export function outOfReach(c: CorpusCase): Reason | undefined {
  if (typeof c.content !== "string" || c.args || c.files || c.setup || c.env) return "not-text";
  const code = c.first.split("  ").pop()!;
  if (/^yaml-|^alias-expansion$/.test(code)) return "syntax";
  if (c.name in NOT_SCHEMA) return "named";
  return undefined;
}

export interface Seen {
  name: string;
  /** The 1-based line of check's first problem (undefined for a case check accepts). */
  line?: number;
  diagnostics: Diagnostic[];
  flagged: boolean;
}

/** Opens each case in yaml-language-server with `schemaFile` for *.yaml and reports what it shows. */
export async function seeInEditor(schemaFile: string, cases: readonly CorpusCase[] = CASES): Promise<Seen[]> {
  const server = await YamlLanguageServer.start({ "*.yaml": schemaFile });
  const seen: Seen[] = [];
  try {
    for (const c of cases) {
      const line = /^p\.yaml:(\d+):\d+/.exec(c.first)?.[1];
      const diagnostics = await server.diagnose("p.yaml", c.content as string);
      const flagged = line !== undefined && diagnostics.some((d) => d.range.start.line + 1 === Number(line));
      seen.push({ name: c.name, line: line === undefined ? undefined : Number(line), diagnostics, flagged });
    }
  } finally {
    await server.stop();
  }
  return seen;
}
