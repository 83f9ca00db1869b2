/**
 * Bytes → text, for files as Windows editors save them: UTF-8 (with or without a BOM), UTF-16 with a
 * BOM (Notepad's "Unicode"), and — only when the caller accepts it — GB18030, the superset of GBK that
 * Notepad's "ANSI" and WPS write on a Chinese Windows. Nothing else is guessed: other bytes are refused
 * with a message that says how to save the file as UTF-8. The file itself is never touched.
 */
import type { Localized } from "../i18n/lang.js";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; message: Localized };

/** How to save as UTF-8 in the editors bid writers use. */
export const SAVE_AS_UTF8: Localized = {
  zh: "请把文件另存为 UTF-8：记事本用“文件 → 另存为”，“编码”选“UTF-8”；WPS 用“文件 → 另存为”，“文件类型”选纯文本后编码选“UTF-8”；VS Code 点右下角的编码，选“通过编码保存”→“UTF-8”",
  en: "save the file as UTF-8: in Notepad, File → Save As with Encoding “UTF-8”; in WPS, File → Save As, plain text, encoding “UTF-8”; in VS Code, click the encoding in the status bar, “Save with Encoding” → “UTF-8”",
};

const BOMS: { bytes: number[]; encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/**
 * Decodes a file's bytes. `legacy` accepts GB18030 text that is not valid UTF-8 (the caller says so to
 * the user); without it such a file is refused, with its probable encoding named.
 */
export function decodeText(bytes: Uint8Array, options: { legacy?: boolean } = {}): Decoded {
  const marked = BOMS.find(({ bytes: bom }) => bom.every((b, i) => bytes[i] === b));
  if (marked) {
    const text = strictDecode(marked.encoding, bytes.subarray(marked.bytes.length));
    if (text !== undefined) return { ok: true, text, encoding: marked.encoding };
    return { ok: false, message: notText(marked.encoding) };
  }
  const utf8 = strictDecode("utf-8", bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: "utf-8" };
  const gb = strictDecode("gb18030", bytes);
  if (gb !== undefined && looksLikeText(gb)) {
    if (options.legacy) return { ok: true, text: gb, encoding: "gb18030" };
    return {
      ok: false,
      message: {
        zh: `文件不是 UTF-8 编码，看来是 GB18030（GBK，记事本的“ANSI”）编码；这个文件必须是 UTF-8。${SAVE_AS_UTF8.zh}`,
        en: `the file is not UTF-8 but looks like GB18030 (GBK, Notepad's “ANSI”); this file must be UTF-8: ${SAVE_AS_UTF8.en}`,
      },
    };
  }
  return {
    ok: false,
    message: {
      zh: `文件不是 UTF-8 编码的文本（也不是 GB18030/GBK 或带 BOM 的 UTF-16）。${SAVE_AS_UTF8.zh}`,
      en: `the file is not UTF-8 text (nor GB18030/GBK, nor UTF-16 with a BOM): ${SAVE_AS_UTF8.en}`,
    },
  };
}

/** The encoding as a person knows it from the "Save As" dialogue. */
export const ENCODING_NAMES: Record<Encoding, Localized> = {
  "utf-8": { zh: "UTF-8", en: "UTF-8" },
  "utf-16le": { zh: "UTF-16 LE（记事本的“Unicode”）", en: "UTF-16 LE (Notepad's “Unicode”)" },
  "utf-16be": { zh: "UTF-16 BE（记事本的“Unicode big endian”）", en: "UTF-16 BE (Notepad's “Unicode big endian”)" },
  gb18030: { zh: "GB18030（GBK，记事本的“ANSI”）", en: "GB18030 (GBK, Notepad's “ANSI”)" },
};

function notText(encoding: Encoding): Localized {
  const name = ENCODING_NAMES[encoding];
  return {
    zh: `文件开头标明是 ${name.zh} 编码，但内容不是有效的 ${name.zh} 文本。${SAVE_AS_UTF8.zh}`,
    en: `the file starts with a ${name.en} byte-order mark but is not valid ${name.en} text: ${SAVE_AS_UTF8.en}`,
  };
}

function strictDecode(encoding: Encoding, bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM: the BOM, if any, has been taken off already; a second one is content.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * GB18030 maps almost any byte sequence to something. Text a person typed has no control characters
 * (other than tab and line breaks) and no private-use characters; bytes that decode to those are not
 * GB18030 text, whatever the decoder says.
 */
function looksLikeText(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ue000-\uf8ff]/.test(text);
}
