// The console's strings in English and Simplified Chinese; the choice is kept in localStorage
// (a preference, not a secret).
import { en, type MessageKey } from "./en.js";
import { zh } from "./zh.js";

export type Lang = "en" | "zh";
export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, zh };
export type { MessageKey };

export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
