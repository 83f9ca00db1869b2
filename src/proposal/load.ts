import { dirname, isAbsolute, join, resolve } from "node:path";
import { resolveDelivery } from "./resolve-delivery.js";
import { InputError, StandardFileError } from "../source/problem.js";
import { YamlSource, type ReadOptions } from "../source/yaml-source.js";
import { zodProblems } from "../source/zod-problems.js";
import { DEFAULT_STANDARD_ID, isBundledId, isInsideFolder, loadStandard, resolveStandardFile } from "../standard/load.js";
import type { Standard } from "../standard/model.js";
import type { Proposal } from "./model.js";
import { resolveProposal } from "./resolve.js";
import { deliveryFileSchema, proposalSchema } from "./schema.js";

export interface LoadOptions {
  /** --standard (a bundled id, or a path relative to the working folder): wins over the proposal's project.standard. */
  standard?: string;
  /** The standard itself, as a workbook carries it: wins over both. */
  standardGiven?: Standard;
  /** --holidays: wins over the proposal's project.public_holidays. */
  publicHolidays?: number;
}

/**
 * Proposals and delivery files are written by people on Chinese Windows set-ups: they are read as
 * Notepad and WPS save them, and full-width digits count (each noted for the reader). The editor's
 * language server reads its open buffers the same way.
 */
export const AS_WRITTEN: ReadOptions = { lenient: true };

/** Reads the file a delivery file names. The editor's language server reads an open document's text before the disk. */
export type NamedFileReader = (file: string) => ReturnType<typeof YamlSource.read>;

/** The file a delivery file names, from the disk, as written. The user named the delivery file, not this one: its problems never quote what it holds. */
const readAsWritten: NamedFileReader = (file) => YamlSource.read(file, { ...AS_WRITTEN, echo: false });

/**
 * file → parsed YAML with positions → schema-valid input → resolved against its standard. Throws InputError.
 * A delivery file (a map with `proposal:` and no `project:`) loads the proposal it names and adds the delivery.
 */
export function loadProposal(file: string, options: LoadOptions = {}): Proposal {
  return fromParsed(YamlSource.read(file, AS_WRITTEN), options);
}

/** As loadProposal, from bytes read elsewhere (standard input) standing for the file `file`. */
export function proposalFromText(file: string, bytes: Uint8Array, options: LoadOptions = {}): Proposal {
  return fromParsed(YamlSource.fromBytes(file, bytes, AS_WRITTEN), options);
}

/** A proposal or a delivery file from an editor's buffer; a delivery file's proposal comes from `read` (an open buffer, else the disk). */
export function loadProposalText(file: string, text: string, options: LoadOptions = {}, read: NamedFileReader = readAsWritten): Proposal {
  return fromParsed(YamlSource.parse(file, text, AS_WRITTEN), options, read);
}

function fromParsed(parsed: ReturnType<typeof YamlSource.read>, options: LoadOptions, read: NamedFileReader = readAsWritten): Proposal {
  if (isDeliveryFile(parsed.data)) return deliveryFromSource(parsed, options, read);
  return proposalFromSource(parsed, options);
}

export function parseProposal(file: string, text: string, options: LoadOptions = {}): Proposal {
  return proposalFromSource(YamlSource.parse(file, text, AS_WRITTEN), options);
}

/** Runs a step over one file; problems in it that a full-width colon explains are said as the colon's. */
function explained<T>(source: YamlSource, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof InputError) || error instanceof StandardFileError) throw error;
    const problems = source.explainInputMethod(error.problems);
    const same = problems.length === error.problems.length && problems.every((p, i) => p === error.problems[i]);
    throw same ? error : new InputError(problems);
  }
}

export function isDeliveryFile(data: unknown): boolean {
  return typeof data === "object" && data !== null && !Array.isArray(data) && "proposal" in data && !("project" in data);
}

function deliveryFromSource({ source, data }: ReturnType<typeof YamlSource.read>, options: LoadOptions, read: NamedFileReader): Proposal {
  return explained(source, () => deliveryFromData(source, data, options, read));
}

function deliveryFromData(source: YamlSource, data: unknown, options: LoadOptions, read: NamedFileReader): Proposal {
  const parsed = deliveryFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new InputError(zodProblems(source, parsed.error.issues));
  // Spelt from the delivery file's own path, so messages name it the way the user would (relative, the platform's separators).
  const spelt = parsed.data.proposal;
  const target = isAbsolute(spelt) ? spelt : join(dirname(source.file), spelt);
  let proposal: Proposal;
  try {
    const named = read(target);
    if (isDeliveryFile(named.data)) {
      throw new InputError([source.problem(["proposal"], "not-a-proposal", { zh: `${parsed.data.proposal} 本身也是执行情况文件，不是方案`, en: `${parsed.data.proposal} is a delivery file, not a proposal` })]);
    }
    proposal = proposalFromSource(named, options);
  } catch (error) {
    // A missing proposal is this file's fault: point at its `proposal:` line.
    if (error instanceof InputError && error.problems[0]?.code === "file-unreadable") {
      throw new InputError([source.problem(["proposal"], "file-unreadable", error.problems[0].message)]);
    }
    throw error;
  }
  return withDeliveryFile(proposal, source, parsed.data);
}

function withDeliveryFile(proposal: Proposal, source: YamlSource, data: Parameters<typeof resolveDelivery>[0]): Proposal {
  const delivery = resolveDelivery(data, source, [], proposal.standard, proposal.entries, proposal.project.months);
  return { ...proposal, delivery };
}

/**
 * The standard a proposal names: a bundled id, or a file beside the proposal or below it, resolved against
 * the proposal's own folder (as a delivery file's proposal: is against the delivery file's). A file
 * outside that tree is refused at project.standard, and never read.
 */
function standardOf(source: YamlSource, named: string | undefined): Standard {
  if (named === undefined || isBundledId(named)) return loadNamed(source, named ?? DEFAULT_STANDARD_ID);
  // Relative to the proposal's folder as the user spelt the proposal's path, so messages show a path the user knows.
  const folder = dirname(source.file);
  const file = resolveStandardFile(named, folder);
  if (file && !isInsideFolder(resolve(file), resolve(folder))) {
    throw new InputError([
      source.problem(["project", "standard"], "standard-outside", {
        zh: `标准文件须在方案所在的文件夹或其子文件夹中（或写内置标准的编号，如 ${DEFAULT_STANDARD_ID}）；未读取 ${named}`,
        en: `a standard file must lie in the proposal's folder or below it (or name a bundled standard such as ${DEFAULT_STANDARD_ID}); ${named} was not read`,
      }),
    ]);
  }
  return loadNamed(source, named, folder);
}

/** Loads a standard the proposal names; one that does not exist is the proposal's fault, at its line. */
function loadNamed(source: YamlSource, named: string, folder?: string): Standard {
  try {
    return loadStandard(named, { base: folder, named: false });
  } catch (error) {
    if (error instanceof InputError && error.problems[0]?.code === "unknown-standard") {
      throw new InputError([source.problem(["project", "standard"], "unknown-standard", error.problems[0].message)]);
    }
    throw error;
  }
}

/** A proposal (and a delivery file, if any) from texts, as a workbook embeds them; positions refer to the texts. */
export function proposalFromTexts(
  proposal: { file: string; text: string },
  delivery: { file: string; text: string } | undefined,
  options: LoadOptions = {},
): Proposal {
  const loaded = proposalFromSource(YamlSource.parse(proposal.file, proposal.text, AS_WRITTEN), options);
  if (!delivery) return loaded;
  const { source, data } = YamlSource.parse(delivery.file, delivery.text, AS_WRITTEN);
  return explained(source, () => {
    const parsed = deliveryFileSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) throw new InputError(zodProblems(source, parsed.error.issues));
    return withDeliveryFile(loaded, source, parsed.data);
  });
}

function proposalFromSource({ source, data }: ReturnType<typeof YamlSource.read>, options: LoadOptions): Proposal {
  return explained(source, () => proposalFromData(source, data, options));
}

function proposalFromData(source: YamlSource, data: unknown, options: LoadOptions): Proposal {
  const parsed = proposalSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new InputError(zodProblems(source, parsed.error.issues));
  const standard = options.standardGiven ?? (options.standard !== undefined ? loadStandard(options.standard) : standardOf(source, parsed.data.project.standard));
  const resolved = resolveProposal(source, parsed.data, standard, { publicHolidays: options.publicHolidays });
  const delivery =
    parsed.data.delivery && resolveDelivery(parsed.data.delivery, source, ["delivery"], standard, resolved.entries, resolved.project.months);
  return { file: source.file, source, standard, ...resolved, delivery };
}
