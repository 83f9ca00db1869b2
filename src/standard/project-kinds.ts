/**
 * The kinds of project a proposal may declare. A kind switches rule sets on (rule-sets.ts), so the
 * kinds belong to the standards, below the proposal that names one.
 */
export const PROJECT_KINDS = ["community", "social-assistance", "station"] as const;

export type ProjectKind = (typeof PROJECT_KINDS)[number];

/** The names a person may write for the kinds, Chinese or English. */
export const PROJECT_KIND_ALIASES: Record<string, ProjectKind> = {
  community: "community",
  社区: "community",
  社区服务: "community",
  "social-assistance": "social-assistance",
  社会救助: "social-assistance",
  station: "station",
  社工站: "station",
};
