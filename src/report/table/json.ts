import type { Standard } from "../../standard/model.js";
import { annualHoursFor } from "../../standard/model.js";

/** `gongshi table --format json`: the reference table as data, with the annual hours for each holiday option. */
export function tableJson(standard: Standard) {
  return {
    id: standard.id,
    name: standard.name,
    document: standard.document,
    annualHours: standard.holidayOptions.map((o) => {
      const a = annualHoursFor(standard.annualHours, o.days);
      return { publicHolidays: o.days, basis: o.basis, annual: a.annual.toNumber(2), direct: a.direct.toNumber(2) };
    }),
    items: standard.items.map((item) => ({
      no: item.no,
      code: item.code,
      name: item.name,
      fullName: item.fullName,
      category: item.category,
      hours: item.hours?.toNumber(2) ?? null,
      hoursRule: item.hoursRule ?? null,
      unit: item.unit,
      clause: item.clause,
      variants: item.variants?.options.map((o) => ({ [item.variants!.by]: o.value, name: o.name, hours: o.hours.toNumber(2) })) ?? null,
      substeps: item.substeps?.map((s) => ({ code: s.code, name: s.name, hours: s.hours.toNumber(2), notCountedWith: s.notCountedWith ?? null })) ?? null,
      scale: item.scale ?? null,
    })),
    interpretations: Object.fromEntries(standard.interpretations),
  };
}
