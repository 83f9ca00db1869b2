import type { Rational } from "../exact/rational.js";
import type { YamlPath, YamlSource } from "../source/yaml-source.js";
import type { Bundle, Standard, StandardItem, Substep, VariantOption } from "../standard/model.js";
import type { PROJECT_KINDS, QUALIFICATIONS } from "./schema.js";

/** A proposal after validation and resolution against its standard: every name found, every field fitting its item. */
export interface Proposal {
  file: string;
  source: YamlSource;
  standard: Standard;
  project: ProjectInfo;
  staff: Staff;
  /** Public holidays used for the annual hours: the standard's default, the proposal's choice, or --holidays. */
  publicHolidays: number;
  entries: ServiceEntry[];
}

export type ProjectKind = (typeof PROJECT_KINDS)[number];

export interface ProjectInfo {
  name: string;
  organisation?: string;
  region?: string;
  kind?: ProjectKind;
  months: number;
  period?: { start: string; end: string };
}

export interface Staff {
  /** Full-time equivalents the project is required to have (四（一）3). */
  fte: Rational;
  members: StaffMember[];
}

export interface StaffMember {
  name: string;
  role?: string;
  fte: Rational;
  qualification?: (typeof QUALIFICATIONS)[number];
  years?: number;
}

interface EntryBase {
  /** Position of the entry in `services`, and its YAML path, for findings. */
  index: number;
  path: YamlPath;
  count: number;
  participants?: number;
  minutes?: number;
  community?: string;
  note?: string;
}

/** One line of the reference table. */
export interface TableEntry extends EntryBase {
  kind: "table";
  item: StandardItem;
  variant?: VariantOption;
  /** Sub-steps the proposal itself excludes (overlap is decided by the calculation, not here). */
  excluded: Substep[];
  samples?: number;
  households?: number;
  /** Hours per unit the proposal gives, for items without fixed table hours. */
  hours?: Rational;
  justification?: string;
  like?: StandardItem;
}

/** A case or a group written as one entry; the calculation expands it into table items. */
export interface BundleEntry extends EntryBase {
  kind: "bundle";
  bundle: Bundle;
  sessions: number;
}

/** A service outside the table (三 2). */
export interface CustomEntry extends EntryBase {
  kind: "custom";
  name: string;
  unit: string;
  hours?: Rational;
  justification?: string;
  like?: StandardItem;
}

export type ServiceEntry = TableEntry | BundleEntry | CustomEntry;
