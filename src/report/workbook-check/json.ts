import type { Lang } from "../../i18n/lang.js";
import type { WorkbookBasis, WorkbookIssue } from "../../workbook-check/check-workbook.js";

/** `gongshi check OUT.xlsx --format json`. */
export function workbookCheckJson(file: string, issues: readonly WorkbookIssue[], basis: WorkbookBasis, lang: Lang) {
  return {
    file,
    standard: basis.standard,
    issues: issues.map((i) => ({ sheet: i.sheet, address: i.address, kind: i.kind, message: i.message[lang] })),
  };
}
