// Prints the plain closing line CI reads: "e2e: N passed, N failed, N skipped", one count per test by
// its final outcome (a test that passed on its retry is counted once, and named on a line of its own).
import type { Reporter, TestCase } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private readonly tests = new Map<string, TestCase>();
  onTestEnd(test: TestCase): void {
    this.tests.set(test.id, test);
  }
  onEnd(): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const flaky: string[] = [];
    for (const test of this.tests.values()) {
      const outcome = test.outcome();
      if (outcome === 'expected') passed++;
      else if (outcome === 'flaky') { passed++; flaky.push(test.titlePath().filter(Boolean).join(' › ')); }
      else if (outcome === 'skipped') skipped++;
      else failed++;
    }
    for (const title of flaky) process.stdout.write(`e2e: flaky (failed, then passed on retry): ${title}\n`);
    process.stdout.write(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
