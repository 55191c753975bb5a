// The console's two dictionaries: the same keys, every string non-empty, the same {placeholders}
// in both, and the Chinese actually translated (not the English copied).
import t from "tap";
import { en } from "../../packages/console/src/i18n/en.js";
import { zh } from "../../packages/console/src/i18n/zh.js";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

t.test("English and Chinese have the same keys and placeholders", async (t) => {
  t.same(Object.keys(zh).sort(), Object.keys(en).sort(), "same keys");
  for (const [k, v] of Object.entries(en)) {
    const z = (zh as Record<string, string>)[k] ?? "";
    t.ok(v.trim().length > 0, `en ${k} is not empty`);
    t.ok(z.trim().length > 0, `zh ${k} is not empty`);
    t.same(placeholders(z), placeholders(v), `${k}: the same placeholders`);
  }
});

t.test("the Chinese strings are translations", async (t) => {
  const same = Object.keys(en).filter((k) => (zh as Record<string, string>)[k] === (en as Record<string, string>)[k]);
  // Only strings that are the same in both languages (a protocol name) may match.
  t.same(same.sort(), ["host.gpu", "inst.ssh"], "only language-neutral strings are identical");
  const han = Object.values(zh).filter((s) => /[\u4e00-\u9fff]/.test(s)).length;
  t.ok(han / Object.keys(zh).length > 0.95, "nearly every Chinese string has Chinese characters");
});
