/**
 * Whether a YAML file found in a folder is a proposal, so `gongshi lint` over a repository does not
 * report docker-compose.yml or mkdocs.yml. A proposal (or a delivery file) has at the top a `project:`
 * key, a `services:` list of item/bundle/custom entries (docker-compose's `services:` is a map, GitLab
 * CI's a list of images), or a `proposal:` key (a delivery file). Read from the text, not parsed, so a
 * proposal with a YAML error is still taken and reported. A file that cannot be read for sure — too
 * large, not UTF-8 — is taken too: lint then says what is wrong with it rather than passing over it.
 */
import { readRegularFile } from "../files/read.js";
import { MAX_SOURCE_BYTES } from "../source/yaml-source.js";

const TOP_KEY = /^(["']?)(project|services|proposal)\1[ \t]*:(?:[ \t]+(.*))?$/;
const ENTRY_KEY = /^(["']?)(item|bundle|custom)\1[ \t]*:/;

export function holdsProposal(file: string): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(readRegularFile(file, MAX_SOURCE_BYTES));
  } catch {
    return true;
  }
  return textHoldsProposal(text);
}

export function textHoldsProposal(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A document written as one flow map ({project: …}) cannot be judged line by line: take it.
    if (/^\{/.test(line)) return true;
    const top = TOP_KEY.exec(line);
    if (!top) continue;
    if (top[2] !== "services") return true;
    if (servicesList(top[3] ?? "", lines, i + 1)) return true;
  }
  return false;
}

/** `services:` followed by a list whose first entry names an item, a bundle or a custom service. */
function servicesList(inline: string, lines: readonly string[], next: number): boolean {
  const value = inline.replace(/\s+#.*$/, "").trim();
  if (value.startsWith("[")) return value === "[]" || /^\[\s*\{\s*["']?(item|bundle|custom)["']?\s*:/.test(value);
  if (value !== "") return false;
  const content: string[] = [];
  for (let i = next; i < lines.length && content.length < 2; i++) {
    const line = lines[i]!.replace(/\s+#.*$/, "");
    if (line.trim() !== "" && !/^\s*#/.test(line)) content.push(line);
  }
  const first = /^\s*-(?:[ \t]+(.*))?$/.exec(content[0] ?? "");
  if (!first) return false;
  const entry = (first[1] ?? content[1] ?? "").trim().replace(/^\{\s*/, "");
  return ENTRY_KEY.test(entry);
}
