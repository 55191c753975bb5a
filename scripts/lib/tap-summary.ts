// Counts results in a TAP stream produced by `tap --reporter=tap`: every test file is a
// subtest at depth 0, and its top-level t.test() calls are at depth 1 (4 spaces). Each depth-1
// result is one test. A file that failed without any failing test inside (it crashed, or timed
// out) counts as one failure.

export interface TapSummary {
  passed: number;
  failed: number;
  failures: string[];
}

export function summarizeTap(lines: readonly string[]): TapSummary {
  let passed = 0;
  let failed = 0;
  let failedInFile = 0;
  const failures: string[] = [];
  let currentFile = "";
  for (const line of lines) {
    const sub = /^# Subtest: (.*)$/.exec(line);
    if (sub) {
      currentFile = sub[1]!;
      failedInFile = 0;
      continue;
    }
    const inner = /^ {4}(not )?ok \d+ - (.*?)(?: # time=.*)?$/.exec(line);
    if (inner) {
      if (/# SKIP|# TODO/.test(line)) continue;
      if (inner[1]) {
        failed++;
        failedInFile++;
        failures.push(`${currentFile}: ${inner[2]}`);
      } else {
        passed++;
      }
      continue;
    }
    const file = /^not ok \d+ - (.*?)(?: # time=.*)?$/.exec(line);
    if (file && failedInFile === 0) {
      failed++;
      failures.push(`${file[1]}: the file failed outside its tests (crash or timeout)`);
    }
  }
  return { passed, failed, failures };
}
