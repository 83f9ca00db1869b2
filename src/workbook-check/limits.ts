/**
 * What a returned workbook may be before it is handed to exceljs, which would otherwise take whatever
 * it is given: a 2.5 MB zip of sheets padded with whitespace inflates to gigabytes, a million extra rows
 * cost seconds and gigabytes. The caps sit well above the largest workbook gongshi writes — for the
 * largest proposal it accepts (proposal/schema.ts: 20,000 service lines, 5,000 budget lines, 20,000
 * delivered counts), about 3 MB zipped, 34 MB unzipped, 67,000 rows and 490,000 cells — and far below
 * what would hurt. Each entry of the zip is inflated here, under the cap, so a size the zip claims is
 * never trusted.
 */
import { inflateRawSync } from "node:zlib";
import type { Localized } from "../i18n/lang.js";
import { InputError } from "../source/problem.js";

/** The file as read from disk. */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;
/** Every entry of the zip, inflated, together. */
export const MAX_WORKBOOK_UNCOMPRESSED = 150 * 1024 * 1024;
/** Cells (<c> elements) in all sheets together. */
export const MAX_WORKBOOK_CELLS = 750_000;
/** Rows (<row> elements) in all sheets together. */
export const MAX_WORKBOOK_ROWS = 100_000;
/** Entries in the zip: a workbook has a few dozen. */
export const MAX_WORKBOOK_ENTRIES = 1_000;

/**
 * Checks the zip's structure and what it inflates to against the caps; throws InputError at the file
 * when it is not a zip gongshi can read or goes past a cap.
 */
export function checkWorkbookLimits(file: string, bytes: Uint8Array): void {
  const refuse = (message: Localized, code = "workbook-too-large"): never => {
    throw new InputError([{ file, line: 1, column: 1, code, message }]);
  };
  const notZip = () =>
    refuse({ zh: "无法读取工作簿：这不是 .xlsx 文件（不是完整的 zip 压缩包）", en: "cannot read the workbook: not an .xlsx file (not a complete zip archive)" }, "not-xlsx");
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(data);
  if (end < 0) return notZip();
  const entries = data.readUInt16LE(end + 10);
  const directorySize = data.readUInt32LE(end + 12);
  const directoryAt = data.readUInt32LE(end + 16);
  if (entries === 0xffff || directoryAt === 0xffffffff) return refuse(tooLarge("zip64"));
  if (entries > MAX_WORKBOOK_ENTRIES) return refuse(tooLarge("entries", entries));
  if (directoryAt + directorySize > end) return notZip();

  let inflated = 0;
  let cells = 0;
  let rows = 0;
  let at = directoryAt;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return notZip();
    const method = data.readUInt16LE(at + 10);
    const compressedSize = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const localAt = data.readUInt32LE(at + 42);
    const name = data.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    if (localAt + 30 > data.length || data.readUInt32LE(localAt) !== 0x04034b50) return notZip();
    const start = localAt + 30 + data.readUInt16LE(localAt + 26) + data.readUInt16LE(localAt + 28);
    if (start + compressedSize > data.length) return notZip();
    const raw = data.subarray(start, start + compressedSize);
    const room = MAX_WORKBOOK_UNCOMPRESSED - inflated;
    let content: Buffer;
    if (method === 0) content = raw;
    else if (method === 8) {
      try {
        content = inflateRawSync(raw, { maxOutputLength: room + 1 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) return refuse(tooLarge("uncompressed"));
        return notZip();
      }
    } else return notZip();
    inflated += content.length;
    if (inflated > MAX_WORKBOOK_UNCOMPRESSED) return refuse(tooLarge("uncompressed"));
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      const xml = content.toString("latin1");
      cells += count(xml, /<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/g);
      rows += count(xml, /<(?:[A-Za-z_][\w.-]*:)?row[\s/>]/g);
      if (cells > MAX_WORKBOOK_CELLS) return refuse(tooLarge("cells", cells));
      if (rows > MAX_WORKBOOK_ROWS) return refuse(tooLarge("rows", rows));
    }
  }
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/** The end-of-central-directory record: in the last 64 KiB + 22 bytes (a zip comment is at most 64 KiB). */
function findEndOfCentralDirectory(data: Buffer): number {
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}

const MB = (bytes: number) => `${bytes / 1024 / 1024} MB`;

function tooLarge(what: "zip64" | "entries" | "uncompressed" | "cells" | "rows", found?: number): Localized {
  const reasons: Record<typeof what, Localized> = {
    zip64: { zh: "压缩包为 ZIP64 格式（远大于 gongshi 写出的工作簿）", en: "the archive is a ZIP64 one (far larger than any workbook gongshi writes)" },
    entries: { zh: `压缩包有 ${found} 个条目（上限 ${MAX_WORKBOOK_ENTRIES}）`, en: `the archive has ${found} entries (limit ${MAX_WORKBOOK_ENTRIES})` },
    uncompressed: { zh: `解压后超过 ${MB(MAX_WORKBOOK_UNCOMPRESSED)}`, en: `it unpacks to more than ${MB(MAX_WORKBOOK_UNCOMPRESSED)}` },
    cells: { zh: `单元格超过 ${MAX_WORKBOOK_CELLS} 个`, en: `more than ${MAX_WORKBOOK_CELLS} cells` },
    rows: { zh: `行数超过 ${MAX_WORKBOOK_ROWS}`, en: `more than ${MAX_WORKBOOK_ROWS} rows` },
  };
  const reason = reasons[what];
  return {
    zh: `工作簿过大，未核对：${reason.zh}；gongshi 为最大的方案写出的工作簿也远小于此`,
    en: `the workbook is too large to check: ${reason.en}; gongshi writes far smaller ones even for the largest proposal`,
  };
}
