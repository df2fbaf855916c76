// Sums the JSON reports every runner wrote (vitest per package, Playwright in e2e) into the plain
// `N passed, N failed` line CI reads. Exits non-zero when a test failed or no report was found.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['packages', 'apps', 'tooling'].flatMap((dir) =>
  existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [],
);
roots.push('e2e');

let passed = 0;
let failed = 0;
let skipped = 0;
let reports = 0;

for (const root of roots) {
  const vitest = join(root, 'test-results', 'vitest.json');
  if (existsSync(vitest)) {
    const report = JSON.parse(readFileSync(vitest, 'utf8'));
    reports++;
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
    skipped += report.numPendingTests + report.numTodoTests;
  }
  const playwright = join(root, 'test-results', 'playwright.json');
  if (existsSync(playwright)) {
    const { stats } = JSON.parse(readFileSync(playwright, 'utf8'));
    reports++;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
  }
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (reports === 0) {
  console.error('summarize-tests: no test report was written');
  process.exit(1);
}
process.exit(failed > 0 ? 1 : 0);
