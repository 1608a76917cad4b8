/** The printable report: to come in this branch. */
import type { Dataset } from '../../core/model/types.ts';

export function ReportScreen({ dataset }: { dataset: Dataset }) {
  return <div className="loading">The report of {dataset.name} is being built.</div>;
}
