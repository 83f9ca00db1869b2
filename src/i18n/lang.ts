/** User-facing text comes in Chinese (the default) and English; code keeps both and picks at the edge. */
export type Lang = "zh" | "en";

export interface Localized {
  zh: string;
  en: string;
}

/** Fills `{name}` placeholders; a placeholder with no value stays visible rather than vanishing. */
export function interpolate(template: string, data: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in data && data[key] !== undefined ? String(data[key]) : whole,
  );
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (v === "zh" || v === "zh-cn" || v === "cn" || v === "中文") return "zh";
  if (v === "en" || v === "english") return "en";
  return undefined;
}
