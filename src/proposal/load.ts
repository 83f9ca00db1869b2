import { InputError } from "../source/problem.js";
import { YamlSource } from "../source/yaml-source.js";
import { zodProblems } from "../source/zod-problems.js";
import { DEFAULT_STANDARD_ID, loadStandard } from "../standard/load.js";
import type { Proposal } from "./model.js";
import { resolveProposal } from "./resolve.js";
import { proposalSchema } from "./schema.js";

export interface LoadOptions {
  /** --standard: wins over the proposal's project.standard. */
  standard?: string;
  /** --holidays: wins over the proposal's project.public_holidays. */
  publicHolidays?: number;
}

/** file → parsed YAML with positions → schema-valid input → resolved against its standard. Throws InputError. */
export function loadProposal(file: string, options: LoadOptions = {}): Proposal {
  return proposalFromSource(YamlSource.read(file), options);
}

export function parseProposal(file: string, text: string, options: LoadOptions = {}): Proposal {
  return proposalFromSource(YamlSource.parse(file, text), options);
}

function proposalFromSource({ source, data }: ReturnType<typeof YamlSource.read>, options: LoadOptions): Proposal {
  const parsed = proposalSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new InputError(zodProblems(source, parsed.error.issues));
  const standardId = options.standard ?? parsed.data.project.standard ?? DEFAULT_STANDARD_ID;
  let standard;
  try {
    standard = loadStandard(standardId);
  } catch (error) {
    // An unknown standard named in the proposal is the proposal's fault: point at that line.
    if (error instanceof InputError && error.problems[0]?.code === "unknown-standard" && !options.standard) {
      throw new InputError([source.problem(["project", "standard"], "unknown-standard", error.problems[0].message)]);
    }
    throw error;
  }
  const resolved = resolveProposal(source, parsed.data, standard, { publicHolidays: options.publicHolidays });
  return { file: source.file, source, standard, ...resolved };
}
