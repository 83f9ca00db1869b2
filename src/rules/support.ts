/** What several rules read off the proposal itself (counts come from workload/counts.ts). */
import type { Proposal, TableEntry } from "../proposal/model.js";

/** Table entries of one item (bundles are not included: they are expanded in the workload). */
export function entriesOf(proposal: Proposal, code: string): TableEntry[] {
  return proposal.entries.filter((e): e is TableEntry => e.kind === "table" && e.item.code === code);
}

/**
 * Social workers on the staff: members holding a certificate or a social-work degree (the
 * qualifications of MZ/T 071 8.1.1 and DB3701/T 36 7.1.2). Without a list of members the FTE
 * (rounded down) stands in, and the finding says it is an estimate.
 */
export function socialWorkers(proposal: Proposal): { count: number; estimated: boolean } {
  const { members, fte } = proposal.staff;
  if (members.length === 0) return { count: Math.floor(Number(fte.toFixed(2))), estimated: true };
  return { count: members.filter((m) => m.qualification !== undefined && m.qualification !== "无").length, estimated: false };
}
