/**
 * The accounting of an import, file by file: rows read, what was created, and every row
 * that was merged, rejected or noted, with its row number, column and reason.
 */
import type { ImportReport } from '../../core/model/types.ts';
import { plural } from '../format.ts';
import { SurveyReportNotes } from './SurveyReportNotes.tsx';

const CREATED: Record<ImportReport['role'], [string, string]> = {
  people: ['person', 'people'],
  ties: ['tie', 'ties'],
  respondents: ['respondent record', 'respondent records'],
  attendance: ['attendance record', 'attendance records'],
  survey: ['tie', 'ties'],
};

const OUTCOME: Record<string, string> = { rejected: 'Rejected', merged: 'Merged', warning: 'Note' };
const SHOWN = 200;

/** File-level notes first, then rows in order, as a spreadsheet user reads them. */
function byRow(issues: ImportReport['issues']): ImportReport['issues'] {
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

export function ImportSummary({ reports }: { reports: ImportReport[] }) {
  return (
    <div className="import-summary" data-testid="import-summary">
      {reports.map((r, k) => (
        <section key={`${r.file}-${k}`} className={`file-report ${r.fatal ? 'failed' : ''}`} data-testid="file-report">
          <h3>{r.file} <span className="role">read as {r.role}</span></h3>
          {r.fatal ? <p className="fatal" role="alert">{r.fatal}</p> : null}
          <p className="counts">
            {plural(r.rowsRead, r.survey ? 'name' : 'row')} read: {r.accepted} accepted, {r.merged} merged, {r.rejected} rejected.
            {r.fatal ? '' : ` ${plural(r.created, ...CREATED[r.role])} created.`}
          </p>
          {Object.keys(r.columns).length > 0 ? (
            <p className="hint">Columns used: {Object.entries(r.columns).map(([role, col]) => `${col} as ${role}`).join('; ')}.</p>
          ) : null}
          <SurveyReportNotes report={r} />
          {r.issues.length > 0 ? (
            <table className="issues">
              <thead><tr><th>Row</th><th>Column</th><th>What happened</th><th>Why</th></tr></thead>
              <tbody>
                {byRow(r.issues).slice(0, SHOWN).map((i, n) => (
                  <tr key={n} className={i.outcome}>
                    <td className="num">{i.row ?? 'file'}</td>
                    <td>{i.column ?? ''}</td>
                    <td>{OUTCOME[i.outcome]}</td>
                    <td>{i.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {r.issues.length > SHOWN ? <p className="hint">…and {r.issues.length - SHOWN} more.</p> : null}
        </section>
      ))}
    </div>
  );
}
