// Prints the plain closing line CI reads: "e2e: N passed, N failed, N skipped".
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  onTestEnd(_test: TestCase, result: TestResult): void {
    if (result.status === 'passed') this.passed++;
    else if (result.status === 'skipped') this.skipped++;
    else this.failed++;
  }
  onEnd(): void {
    process.stdout.write(`e2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped\n`);
  }
}
