// Unit tests of the single-value conversions used by every nvidia-smi parser.
// The spellings come from test/fixtures/nvidia/NOTES.md §2 (and the files it names).
import t from "tap";
import { count, flag, hexMask, isMissing, number, text } from "../../packages/agent/src/telemetry/nvidia-smi/values.js";

// Every "no value" spelling seen in the captures (NOTES.md §2), plus [Unknown Error] (named there
// as "not in fixtures") and the XML's unbracketed deprecation text (NOTES.md §4).
const MISSING = [
  "[N/A]",
  "N/A",
  "[Not Supported]",
  "[Requested functionality has been deprecated]",
  "Requested functionality has been deprecated",
  "[Function Not Found]",
  "",
  "ERR!",
  "[Unknown Error]",
  "[Insufficient Permissions]",
  "[GPU is lost]",
];

t.test("every missing-value spelling is missing, for every converter", async (t) => {
  for (const raw of MISSING) {
    t.equal(isMissing(raw), true, `isMissing(${JSON.stringify(raw)})`);
    t.equal(text(raw), undefined, `text(${JSON.stringify(raw)})`);
    t.equal(number(raw), undefined, `number(${JSON.stringify(raw)})`);
    t.equal(count(raw), undefined, `count(${JSON.stringify(raw)})`);
    t.equal(hexMask(raw), undefined, `hexMask(${JSON.stringify(raw)})`);
    t.equal(flag(raw), undefined, `flag(${JSON.stringify(raw)})`);
  }
  t.equal(isMissing(undefined), true, "an absent cell is missing");
  t.equal(number(undefined), undefined);
  t.equal(flag(undefined), undefined);
});

t.test("missing spellings surrounded by whitespace are still missing", async (t) => {
  t.equal(isMissing(" [N/A] "), true);
  t.equal(isMissing("   "), true, "blank is missing");
  t.equal(isMissing("\tN/A\r"), true);
  t.equal(number(" [Not Supported]"), undefined);
});

t.test("real values are not missing", async (t) => {
  for (const raw of ["0", "0 %", "Disabled", "None", "P0", "NVIDIA H100 80GB HBM3", "0x0000000000000000", "Default"]) {
    t.equal(isMissing(raw), false, `${JSON.stringify(raw)} is a value`);
  }
  t.equal(text("  NVIDIA L40S  "), "NVIDIA L40S", "text trims");
  t.equal(text("None"), "None", "gpu_recovery_action None is a value, not missing");
});

t.test("number reads values with and without their unit", async (t) => {
  t.equal(number("81559 MiB"), 81559);
  t.equal(number("81559"), 81559);
  t.equal(number("631.95 W"), 631.95);
  t.equal(number("631.95"), 631.95);
  t.equal(number("100 %"), 100);
  t.equal(number("-5 C"), -5, "T.Limit thresholds can be negative");
  t.equal(number("1980 MHz"), 1980);
  t.equal(number("834002687 us"), 834002687);
  t.equal(number("22000 KB/s"), 22000);
  t.equal(number(" 54 "), 54, "surrounding whitespace is trimmed");
});

t.test("a real zero stays zero, never missing", async (t) => {
  t.equal(number("0 %"), 0);
  t.equal(number("0"), 0);
  t.equal(number("0 MiB"), 0);
  t.equal(count("0"), 0);
  t.equal(count("0 MiB"), 0);
  t.equal(hexMask("0x0000000000000000"), 0);
});

t.test("number refuses text that is not a number", async (t) => {
  t.equal(number("P0"), undefined);
  t.equal(number("Enabled"), undefined);
  t.equal(number("12abc34"), undefined);
  t.equal(number("1,5"), undefined, "no locale decimal comma");
  t.equal(number("0x1F"), undefined, "hex is not a decimal number");
  t.equal(number("12 34"), undefined);
});

t.test("count takes only non-negative integers", async (t) => {
  t.equal(count("42"), 42);
  t.equal(count("15690 MiB"), 15690);
  t.equal(count("-1"), undefined, "negative refused");
  t.equal(count("-5 C"), undefined, "negative with unit refused");
  t.equal(count("1.5"), undefined, "fraction refused");
  t.equal(count("631.95 W"), undefined, "fraction with unit refused");
  t.equal(count("9007199254740993"), undefined, "above 2^53 refused");
  t.equal(count("abc"), undefined);
});

t.test("hexMask reads clock-event bitmasks", async (t) => {
  t.equal(hexMask("0x00000000000001FF"), 0x1ff, "clocks_event_reasons.supported on every modern capture");
  t.equal(hexMask("0x00000000000001ff"), 0x1ff, "lower case hex");
  t.equal(hexMask("0x0000000000000004"), 4, "SW power cap (idle RTX 2080S, driver 595)");
  t.equal(hexMask("0x0000000000000001"), 1, "GPU idle");
  t.equal(hexMask(" 0x0000000000000040 "), 0x40, "trimmed");
  t.equal(hexMask("0x001FFFFFFFFFFFFF"), Number.MAX_SAFE_INTEGER, "2^53-1 still fits");
  t.equal(hexMask("0xFFFFFFFFFFFFFFFF"), undefined, "above 2^53 refused");
  t.equal(hexMask("1FF"), undefined, "no 0x prefix");
  t.equal(hexMask("0x"), undefined, "no digits");
  t.equal(hexMask("0xZZ"), undefined, "not hex");
  t.equal(hexMask("511"), undefined, "decimal is not a mask");
});

t.test("flag reads the enum words nvidia-smi prints", async (t) => {
  t.equal(flag("Enabled"), true);
  t.equal(flag("Disabled"), false);
  t.equal(flag("Yes"), true);
  t.equal(flag("No"), false);
  t.equal(flag("Active"), true);
  t.equal(flag("Not Active"), false);
  t.equal(flag("On"), true);
  t.equal(flag("Off"), false);
  t.equal(flag("ENABLED"), true, "case-insensitive");
  t.equal(flag(" not active "), false, "trimmed and case-insensitive");
  t.equal(flag("Maybe"), undefined, "garbage is not a flag");
  t.equal(flag("Default"), undefined, "compute_mode Default is not a flag");
  t.equal(flag("1"), undefined, "digits are not a flag");
  t.equal(flag("None"), undefined);
});
