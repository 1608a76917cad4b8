/**
 * The report as one standalone HTML page: inline CSS (for the screen and for print, A4), no
 * scripts (its own Content Security Policy forbids them), every string from the data escaped.
 * The sections are in section-*.ts; this file puts them in order.
 */
import { html, trusted } from './escape.ts';
import { REPORT_CSS } from './report-css.ts';
import type { ReportContent } from './report.ts';
import { coverSection, dataSection, longDate, questionSection } from './section-data.ts';
import { changeSection, findingsSection, notesSection } from './section-findings.ts';
import { chartsSection, healthSection, mapSection } from './section-health.ts';
import { methodsSection } from './section-methods.ts';
import { summarySection } from './section-summary.ts';

/** Nothing may load or run: styles inline, pictures inline (SVG, data URLs). */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function reportHtml(c: ReportContent): string {
  const title = `Network health report: ${c.dataset.name}${c.health.wave ? `, ${c.health.wave}` : ''}`;
  return `<!doctype html>\n${html`<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trusted(REPORT_CSS)}</style>
</head>
<body>
${coverSection(c)}
${summarySection(c)}
${questionSection(c)}
${dataSection(c)}
${healthSection(c)}
${mapSection(c)}
${chartsSection(c)}
${findingsSection(c)}
${changeSection(c)}
${notesSection(c)}
${methodsSection(c)}
<footer>Made with Kith on ${longDate(c.options.date)}${c.options.pseudonymised ? ' · pseudonymised' : ''}. Kith runs on the user’s computer; the data behind this report never left it.</footer>
</body>
</html>`.text}\n`;
}
