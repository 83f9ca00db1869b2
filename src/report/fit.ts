/**
 * Breaking lines to a terminal's width, the way Chinese text breaks: between any two Chinese characters
 * (never before a closing mark such as ，。）, never after an opening one such as （“), and at spaces —
 * but never inside a run of Latin letters, digits and signs, so an amount ("¥234,000.00"), an hour figure
 * ("4,587"), a rule id or a position ("12:5") is never split. Colour codes take no width and are carried
 * over a break. Only a run wider than the whole line is cut, as a last resort.
 */
import { charWidth, displayWidth } from "../i18n/width.js";

// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[([0-9;]*)m/y;
/** Marks that may not start a line (they close something, or end a clause). */
const NO_BREAK_BEFORE = new Set([..."，。、；：！？）》」』】〕〉…—,.;:!?)]}%’”·～"]);
/** Marks that may not end a line (they open something). */
const NO_BREAK_AFTER = new Set([..."（《「『【〔〈“‘([{¥￥"]);

/** One character, or one colour code (no width). */
interface Atom {
  text: string;
  width: number;
  sgr: boolean;
}

/** Text that stays on one line, and what separates it from the previous chunk. */
interface Chunk {
  atoms: Atom[];
  width: number;
  /** Spaces before the chunk (dropped at a break); 0 when the chunk follows the previous one directly. */
  spaces: Atom[];
}

function atomsOf(text: string): Atom[] {
  const atoms: Atom[] = [];
  for (let i = 0; i < text.length; ) {
    SGR.lastIndex = i;
    const code = SGR.exec(text);
    if (code) {
      atoms.push({ text: code[0], width: 0, sgr: true });
      i += code[0].length;
      continue;
    }
    const point = text.codePointAt(i)!;
    const ch = String.fromCodePoint(point);
    atoms.push({ text: ch, width: charWidth(point), sgr: false });
    i += ch.length;
  }
  return atoms;
}

const isSpace = (a: Atom) => !a.sgr && (a.text === " " || a.text === "\t");
const isWideChar = (a: Atom) => !a.sgr && a.width === 2;

/** Splits a line into the chunks a break may fall between. */
function chunksOf(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let spaces: Atom[] = [];
  let current: Chunk | undefined;
  let previous: Atom | undefined; // the last visible character of `current`
  let pendingCodes: Atom[] = []; // colour codes between characters, kept with what follows
  const start = () => {
    current = { atoms: [...pendingCodes], width: 0, spaces };
    chunks.push(current);
    spaces = [];
    pendingCodes = [];
  };
  for (const atom of atomsOf(text)) {
    if (atom.sgr) {
      pendingCodes.push(atom);
      continue;
    }
    if (isSpace(atom)) {
      if (current && pendingCodes.length) current.atoms.push(...pendingCodes);
      else spaces.push(...pendingCodes);
      pendingCodes = [];
      spaces.push(atom);
      current = undefined;
      previous = undefined;
      continue;
    }
    const breakable =
      current !== undefined &&
      previous !== undefined &&
      (isWideChar(atom) || isWideChar(previous)) &&
      !NO_BREAK_BEFORE.has(atom.text) &&
      !NO_BREAK_AFTER.has(previous.text);
    if (!current || breakable) start();
    else if (pendingCodes.length) {
      current!.atoms.push(...pendingCodes);
      pendingCodes = [];
    }
    current!.atoms.push(atom);
    current!.width += atom.width;
    previous = atom;
  }
  if (pendingCodes.length) {
    if (current) current.atoms.push(...pendingCodes);
    else chunks.push({ atoms: pendingCodes, width: 0, spaces });
  } else if (spaces.length && !current) chunks.push({ atoms: [], width: 0, spaces });
  return chunks;
}

/** The widest piece of `text` that cannot be broken: the narrowest a column holding it can be. */
export function longestUnbreakable(text: string): number {
  return Math.max(0, ...text.split("\n").flatMap((line) => chunksOf(line).map((c) => c.width)));
}

/** Colour state across breaks: codes opened and not yet closed. */
class Colours {
  private open: string[] = [];

  apply(code: string): void {
    const params = code.slice(2, -1);
    if (params === "" || params === "0") this.open = [];
    else if (/^(22|23|24|27|28|29|39|49)$/.test(params)) {
      const closes: Record<string, RegExp> = {
        "22": /^(1|2)$/,
        "23": /^3$/,
        "24": /^4$/,
        "27": /^7$/,
        "28": /^8$/,
        "29": /^9$/,
        "39": /^(3[0-8]|9[0-7])(;|$)/,
        "49": /^(4[0-8]|10[0-7])(;|$)/,
      };
      this.open = this.open.filter((c) => !closes[params]!.test(c.slice(2, -1)));
    } else this.open.push(code);
  }

  /** What ends a line with colours still open, and what starts the next one. */
  get closing(): string {
    return this.open.length ? "\x1b[0m" : "";
  }

  get reopening(): string {
    return this.open.join("");
  }
}

/**
 * Breaks one line into lines no wider than `width`; continuation lines start with `indent`. A line that
 * fits is returned as it is.
 */
export function wrapLine(line: string, width: number, indent = ""): string[] {
  if (displayWidth(line) <= width) return [line];
  const indentWidth = displayWidth(indent);
  const lines: string[] = [];
  const colours = new Colours();
  let text = "";
  let used = 0;
  let fresh = true; // nothing visible on this line yet
  const emit = (atoms: readonly Atom[]) => {
    for (const atom of atoms) {
      if (atom.sgr) colours.apply(atom.text);
      text += atom.text;
      used += atom.width;
    }
  };
  const newLine = () => {
    lines.push(text.replace(/[ \t]+((?:\x1b\[[0-9;]*m)*)$/, "$1") + colours.closing);
    text = indent + colours.reopening;
    used = indentWidth;
    fresh = true;
  };
  for (const chunk of chunksOf(line)) {
    const spaceWidth = chunk.spaces.reduce((sum, a) => sum + a.width, 0);
    if (!fresh && used + spaceWidth + chunk.width > width) {
      // The break falls here: the spaces go, their colour codes stay.
      emit(chunk.spaces.filter((a) => a.sgr));
      newLine();
    } else emit(chunk.spaces);
    if (used + chunk.width <= width || chunk.width === 0) {
      emit(chunk.atoms);
    } else {
      // Wider than a whole line: cut it, the one case a run is split.
      for (const atom of chunk.atoms) {
        if (!atom.sgr && used + atom.width > width && used > indentWidth) newLine();
        emit([atom]);
      }
    }
    if (chunk.width > 0) fresh = false;
  }
  lines.push(text + colours.closing);
  return lines;
}

/**
 * Every line of `text` fitted to `width`, continuation lines indented like the line they continue
 * (plus `extraIndent`). Without a width (output that is not a terminal) the text is returned unchanged.
 */
export function fitText(text: string, width: number | undefined, extraIndent = 2): string {
  if (width === undefined) return text;
  return text
    .split("\n")
    .flatMap((line) => {
      const lead = /^ */.exec(line.replace(/\x1b\[[0-9;]*m/g, ""))![0].length;
      const indent = " ".repeat(Math.min(lead + extraIndent, Math.floor(width / 3)));
      return wrapLine(line, width, indent);
    })
    .join("\n");
}
