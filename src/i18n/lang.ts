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

/** A phrase in both languages: a string, or a function that builds one, with the same shape in each. */
export interface Phrase<T> {
  zh: T;
  en: T;
}

/**
 * The one way renderers keep their words: each phrase with its Chinese and English side by side, and
 * the renderer picks its language once — `const t = wordsIn(WORDS, lang); t.total`.
 */
export function wordsIn<W extends Record<string, Phrase<unknown>>>(words: W, lang: Lang): { [K in keyof W]: W[K][Lang] } {
  const picked = {} as { [K in keyof W]: W[K][Lang] };
  for (const key of Object.keys(words) as (keyof W)[]) picked[key] = words[key]![lang] as W[typeof key][Lang];
  return picked;
}
