/**
 * A regular expression (for JSON Schema's `pattern`) that accepts exactly the spellings gongshi reads
 * as one of some names: names are compared by nameKey (NFKC, no whitespace, lower case), so "Home-Visit",
 * "组织培育(主题工作坊)" and "探 访" are all fine with `check` and must be fine with the editor too.
 * Each character of a name becomes the class of the characters nameKey turns into it that people
 * really type or paste — ASCII in either case, full-width forms (a Chinese input method), Kangxi radicals
 * and compatibility ideographs (text copied out of a PDF) — and whitespace may stand anywhere. (Circled or
 * mathematical letters, which NFKC also folds, are left out: they would make the patterns ten times longer.)
 * Escapes are \uXXXX, which read the same with or without the `u` flag.
 */
import { nameKey } from "../standard/names.js";

let spellings: Map<string, string[]> | undefined;

/** The blocks a name's characters may come from besides the name itself: ASCII, Kangxi radicals, CJK symbols, compatibility ideographs, full-width forms. */
const TYPED: readonly [number, number][] = [
  [0x0000, 0x007f],
  [0x2e80, 0x2fdf],
  [0x3000, 0x303f],
  [0xf900, 0xfaff],
  [0xff00, 0xffef],
];

/** `char` and the characters of TYPED whose nameKey is `char` (capitals, full-width forms, radicals), built once. */
function spellingsOf(char: string): string[] {
  if (!spellings) {
    spellings = new Map();
    for (const [from, to] of TYPED) for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code);
      const key = ch.normalize("NFKC").toLowerCase();
      if (key.length !== 1 || /\s/.test(key)) continue;
      const list = spellings.get(key);
      if (list) list.push(ch);
      else spellings.set(key, [ch]);
    }
  }
  const found = spellings.get(char) ?? [];
  return found.includes(char) ? found : [char, ...found];
}

/** A letter or digit as itself; anything else as \uXXXX per UTF-16 unit (outside the BMP: its surrogate pair, matched as written). */
const escape = (ch: string) =>
  /^[A-Za-z0-9]$/.test(ch) ? ch : [...Array(ch.length).keys()].map((i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`).join("");

/** One name as a pattern fragment: its nameKey, character by character, with room for whitespace. */
function fragment(name: string): string {
  return [...nameKey(name)]
    .map((char) => {
      const all = spellingsOf(char);
      return all.length === 1 ? escape(all[0]!) : `[${all.map(escape).join("")}]`;
    })
    .join("\\s*");
}

/** `^\s*(?:name|name…)\s*$` for these names (a name that is not plain BMP text is matched as written). */
export function spellingPattern(names: readonly string[]): string {
  const fragments = [...new Set(names.filter((n) => nameKey(n).length > 0).map(fragment))].sort();
  return `^\\s*(?:${fragments.join("|")})\\s*$`;
}
