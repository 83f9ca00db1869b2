import type { Analysis } from "../../analysis/analyse.js";
import { countBySeverity, exitCodeOf } from "../../engine/finding.js";
import { formatYuan, type Fen } from "../../exact/money.js";
import type { Rational } from "../../exact/rational.js";
import type { Lang } from "../../i18n/lang.js";
import { findingJson } from "../finding-json.js";

/** Money in JSON: yuan as a number with two decimals, and whole fen for anyone who recomputes. */
function money(fen: Fen): { yuan: number; fen: Fen } {
  return { yuan: Number(formatYuan(fen)), fen };
}

/** Hours in JSON: a number rounded to 0.01 for charts, and the exact value as a string for anyone who recomputes. */
function hours(value: Rational): { hours: number; exact: string } {
  return { hours: value.toNumber(2), exact: value.toExactString() };
}

/** `gongshi check --format json`: everything the text report shows, with exact hours and money in fen. */
export function checkReportJson(analysis: Analysis, lang: Lang) {
  const { proposal, workload, findings } = analysis;
  const { standard, project, staff } = proposal;
  const { bounds } = workload;
  const holiday = standard.holidayOptions.find((o) => o.days === proposal.publicHolidays);
  return {
    file: proposal.file,
    project: {
      name: project.name,
      organisation: project.organisation ?? null,
      region: project.region ?? null,
      kind: project.kind ?? null,
      months: project.months,
      period: project.period ?? null,
    },
    standard: {
      id: standard.id,
      name: standard.name,
      document: standard.document,
      parameters: {
        publicHolidays: proposal.publicHolidays,
        publicHolidaysBasis: holiday?.basis ?? null,
        daysPerYear: standard.annualHours.daysPerYear,
        weekendDays: standard.annualHours.weekendDays,
        annualLeaveDays: standard.annualHours.annualLeaveDays,
        hoursPerDay: standard.annualHours.hoursPerDay.toNumber(2),
        directServicePercent: standard.annualHours.directServiceShare.mul(100).toNumber(2),
        annualHours: hours(bounds.annual.annual),
        directHours: hours(bounds.annual.direct),
        clause: standard.annualHours.clause,
      },
    },
    staff: {
      fte: staff.fte.toNumber(2),
      members: staff.members.map((m) => ({ name: m.name, role: m.role ?? null, fte: m.fte.toNumber(2), qualification: m.qualification ?? null, years: m.years ?? null })),
    },
    lines: workload.lines.map((line) => ({
      entry: line.entryIndex,
      item: line.itemCode,
      no: line.itemNo ?? null,
      name: line.name,
      details: line.details,
      clause: line.clause,
      unit: line.unit,
      unitHours: hours(line.unitHours),
      hoursSource: line.hoursSource,
      count: line.count,
      quantity: hours(line.quantity),
      subtotal: hours(line.hours),
      share: workload.total.isZero() ? null : line.hours.div(workload.total).toNumber(4),
      bundle: line.bundle ?? null,
    })),
    total: hours(workload.total),
    bounds: {
      fte: bounds.fte.toNumber(2),
      months: bounds.months,
      floor: hours(bounds.floor),
      ceiling: hours(bounds.ceiling),
      position: workload.position,
      clause: standard.boundsClause.clause,
    },
    supervision: analysis.supervisionCost
      ? {
          hours: hours(analysis.supervisionCost.hours),
          cost: money(analysis.supervisionCost.cost),
          lines: analysis.supervisionCost.lines.map((l) => ({
            supervisor: l.supervisor,
            type: l.type,
            count: l.count,
            hoursEach: hours(l.hoursEach),
            hours: hours(l.hours),
            rate: money(l.rate),
            cap: l.cap === null ? null : money(l.cap),
            capTier: l.capLabel,
            cost: money(l.cost),
            capCost: l.capCost === null ? null : money(l.capCost),
          })),
        }
      : null,
    budget: analysis.budget
      ? {
          categories: analysis.budget.categories.map((c) => ({
            category: c.category,
            subtotal: money(c.total),
            lines: c.lines.map((l) => ({
              item: l.item,
              unitPrice: money(l.unitPrice),
              unit: l.unit,
              quantity: hours(l.quantity),
              total: money(l.total),
              note: l.note ?? null,
              source: l.source,
            })),
          })),
          direct: money(analysis.budget.direct),
          managementFeePercent: analysis.budget.managementFeePercent.toNumber(2),
          managementFee: money(analysis.budget.managementFee),
          taxPercent: analysis.budget.taxPercent.toNumber(2),
          tax: money(analysis.budget.tax),
          total: money(analysis.budget.total),
          costPerServiceHour: analysis.budget.costPerServiceHour === null ? null : money(analysis.budget.costPerServiceHour),
        }
      : null,
    tender: analysis.tender
      ? {
          requirements: analysis.tender.map((r) => ({
            text: r.indicator.text,
            clause: r.indicator.clause,
            measure: r.indicator.measure,
            label: r.indicator.label[lang],
            mapped: r.indicator.mapped,
            comparison: r.indicator.comparison,
            value: r.indicator.value,
            upper: r.indicator.upper ?? null,
            unit: r.indicator.unit,
            verdict: r.verdict,
            planned: r.planned,
            met: r.met,
            counted: r.counted,
            delivered: r.delivered,
            deliveredMet: r.deliveredMet,
          })),
          unread: (proposal.tender?.unread ?? []).map((u) => ({ text: u.text, part: u.part, reason: u.reason, ...proposal.source.locate(u.path) })),
        }
      : null,
    delivery: analysis.delivery
      ? {
          monthsElapsed: analysis.delivery.monthsElapsed,
          months: analysis.delivery.months,
          lines: analysis.delivery.lines.map((l) => ({
            item: l.key,
            name: l.name,
            planned: l.plannedCount,
            delivered: l.deliveredCount,
            completion: l.completion === null ? null : l.completion.toNumber(4),
            plannedHours: hours(l.plannedHours),
            deliveredHours: hours(l.deliveredHours),
          })),
          plannedHours: hours(analysis.delivery.plannedHours),
          deliveredHours: hours(analysis.delivery.deliveredHours),
          completion: analysis.delivery.plannedHours.isZero() ? null : analysis.delivery.deliveredHours.div(analysis.delivery.plannedHours).toNumber(4),
          floor: hours(analysis.delivery.floor),
          ceiling: hours(analysis.delivery.ceiling),
        }
      : null,
    interpretations: workload.interpretations.map((id) => ({ id, text: standard.interpretations.get(id) ?? "" })),
    findings: findings.map((f) => {
      const json = findingJson(f, lang);
      return { ...json, data: f.data, waived: json.waived ?? null, waiverNotHonoured: json.waiverNotHonoured ?? null };
    }),
    ruleSets: analysis.ruleSets,
    summary: { ...countBySeverity(findings), exitCode: exitCodeOf(findings) },
  };
}
