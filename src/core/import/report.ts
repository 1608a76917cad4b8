/**
 * Building an import report whose accounting always adds up: every data row ends as
 * accepted, merged or rejected, exactly once.
 */
import type { FileRole, ImportIssue, ImportReport } from '../model/types.ts';

export class ReportBuilder {
  readonly report: ImportReport;

  constructor(file: string, role: FileRole) {
    this.report = {
      file, role, rowsRead: 0, accepted: 0, merged: 0, rejected: 0, created: 0,
      columns: {}, issues: [], fatal: null,
    };
  }

  accept(): void {
    this.report.rowsRead++;
    this.report.accepted++;
  }

  reject(row: number, column: string | null, message: string): void {
    this.report.rowsRead++;
    this.report.rejected++;
    this.report.issues.push({ row, column, outcome: 'rejected', message });
  }

  merge(row: number, column: string | null, message: string): void {
    this.report.rowsRead++;
    this.report.merged++;
    this.report.issues.push({ row, column, outcome: 'merged', message });
  }

  /** A note on a row that was still accepted (or on the file when row is null). */
  warn(row: number | null, column: string | null, message: string): void {
    this.report.issues.push({ row, column, outcome: 'warning', message });
  }

  fail(message: string, rowsRead = 0): ImportReport {
    this.report.fatal = message;
    this.report.rowsRead = rowsRead;
    this.report.rejected = rowsRead;
    return this.report;
  }
}

export function issueCounts(issues: ImportIssue[]): Record<ImportIssue['outcome'], number> {
  const counts = { rejected: 0, merged: 0, warning: 0 };
  for (const i of issues) counts[i.outcome]++;
  return counts;
}
