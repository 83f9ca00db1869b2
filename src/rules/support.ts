/** What several rules read off the proposal itself (counts come from workload/counts.ts). */
import type { RuleMessage, RuleReport } from "../engine/rule.js";
import type { CustomEntry, Proposal, StaffMember, TableEntry } from "../proposal/model.js";

/**
 * Entries of one table item, and entries that are like it (`like:`), which go through its rules: a
 * 30-minute 健康讲座 like 专题培训/讲座 is a lecture. Bundles are not included: they are expanded in the workload.
 */
export function entriesOf(proposal: Proposal, code: string): (TableEntry | CustomEntry)[] {
  return proposal.entries.filter(
    (e): e is TableEntry | CustomEntry => (e.kind === "table" && e.item.code === code) || (e.kind !== "bundle" && e.like?.code === code),
  );
}

/**
 * Whether a member holds what the standards call a social worker's qualification: a certificate
 * (社会工作者职业水平证书) or a social-work diploma of 大专 or above (MZ/T 071 8.1.1, DB3701/T 36 7.1.2,
 * DB51 8.1.1). undefined when the proposal does not say.
 */
export function qualified(member: StaffMember): boolean | undefined {
  if (member.qualification === undefined) return undefined;
  return member.qualification !== "无";
}

/** A member who works full time on the project (fte 1): 专职, as MZ/T 071 3.2 defines a community social worker. */
export function fullTime(member: StaffMember): boolean {
  return member.fte.toFixed(2) === "1.00";
}

/** Names for a message: "张敏、刘洋". */
export function namesText(members: readonly { name: string }[]): string {
  return members.map((m) => m.name).join("、");
}

/** People on the staff: the list's length, or, without a list, the fewest people the FTE can be (FTE rounded up). */
export function headcount(proposal: Proposal): { people: number; listed: boolean } {
  const { members, fte } = proposal.staff;
  return members.length > 0 ? { people: members.length, listed: true } : { people: Math.ceil(Number(fte.toFixed(2))), listed: false };
}

/** What the per-person clauses say when the proposal says too little: no list at all, or members who state nothing. */
export const MEMBER_MESSAGES = {
  unstated: {
    zh: "{names} 未写资格（qualification），无法核对",
    en: "{names} state no qualification, so this cannot be checked",
    severity: "info",
  },
  unlisted: {
    zh: "方案没有人员名单（staff.members），无法逐人核对资格",
    en: "no list of staff (staff.members): qualifications cannot be checked one by one",
    severity: "info",
  },
} satisfies Record<string, RuleMessage>;

/**
 * A clause about each member it speaks of (`applies`): `verdict` says whether a member meets it
 * (a report when not, "unknown" when the member states too little). Those who state too little are
 * named in one finding; without a staff list the clause cannot be checked at all.
 */
export function checkMembers(
  proposal: Proposal,
  report: (finding: RuleReport) => void,
  verdict: (member: StaffMember) => RuleReport | "ok" | "unknown",
  applies: (member: StaffMember) => boolean = () => true,
): void {
  const { members } = proposal.staff;
  if (members.length === 0) {
    report({ messageId: "unlisted", path: ["staff"], at: "key" });
    return;
  }
  const unstated: StaffMember[] = [];
  for (const member of members.filter(applies)) {
    const found = verdict(member);
    if (found === "unknown") unstated.push(member);
    else if (found !== "ok") report(found);
  }
  if (unstated.length > 0) report({ messageId: "unstated", path: unstated[0]!.path, at: "key", data: { names: namesText(unstated) } });
}

/** A member against a clause asking for a certificate or a social-work diploma, reported at their qualification as "unqualified". */
export function certificateOrDiploma(member: StaffMember): RuleReport | "ok" | "unknown" {
  const ok = qualified(member);
  if (ok === undefined) return "unknown";
  return ok ? "ok" : { messageId: "unqualified", path: [...member.path, "qualification"], data: { name: member.name } };
}
