import type { Localized } from "../i18n/lang.js";

/** A place in a source file, 1-based as editors show it. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * Why an input file cannot be used (exit 2): syntax, types, unknown items. Distinct from a finding,
 * which is a rule's verdict on a usable proposal.
 */
export interface InputProblem extends Position {
  file: string;
  code: string;
  message: Localized;
}

export class InputError extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message.en}`).join("\n"));
    this.name = "InputError";
  }
}

/** An InputError in a reference-hour standard file: a setup fault of the tool's data, not of any proposal. */
export class StandardFileError extends InputError {
  constructor(problems: InputProblem[]) {
    super(problems);
    this.name = "StandardFileError";
  }
}
