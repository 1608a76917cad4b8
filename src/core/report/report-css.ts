/**
 * The report's stylesheet, inline so the page stands alone: a calm document for a board pack,
 * A4 when printed (@page), sections that do not break inside a figure or a table row, and no
 * colour that carries meaning on its own.
 */
export const REPORT_CSS = `
:root { --ink: #1d2733; --muted: #5b6775; --line: #d9dee5; --accent: #1f5fa8; --soft: #eef3f9; }
* { box-sizing: border-box; }
html { background: #e9edf1; }
body { margin: 0 auto; max-width: 210mm; background: #fff; color: var(--ink);
  font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; padding: 18mm 16mm; }
header.cover { border-bottom: 3px solid var(--accent); padding-bottom: 10px; margin-bottom: 18px; }
header.cover .kicker { color: var(--accent); font-weight: 600; letter-spacing: .04em; text-transform: uppercase; font-size: 9pt; margin: 0; }
h1 { font-size: 22pt; line-height: 1.15; margin: 4px 0 6px; }
header.cover .meta { color: var(--muted); margin: 0; }
.banner { background: var(--soft); border-left: 4px solid var(--accent); padding: 8px 12px; margin: 12px 0 0; }
h2 { font-size: 14pt; margin: 26px 0 8px; color: var(--accent); border-bottom: 1px solid var(--line); padding-bottom: 3px; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 16px 0 4px; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 8px; }
.muted { color: var(--muted); }
.small { font-size: 9pt; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 9.5pt; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px 5px 0; border-bottom: 1px solid var(--line); }
thead th { color: var(--muted); font-weight: 600; font-size: 8.5pt; border-bottom: 1.5px solid #aeb7c2; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; padding-right: 14px; }
table.figures td.value { font-weight: 700; font-size: 11pt; }
table.figures th[scope=row] { width: 30%; }
table.figures th[scope=row] span { display: block; font-weight: normal; color: var(--muted); font-size: 8.5pt; }
figure { margin: 10px 0 16px; break-inside: avoid; page-break-inside: avoid; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-weight: 600; margin-bottom: 4px; }
figure .note { font-weight: normal; color: var(--muted); font-size: 9pt; margin-top: 4px; }
.finding { break-inside: avoid; page-break-inside: avoid; margin: 0 0 10px; padding-left: 10px; border-left: 3px solid var(--line); }
.finding h4 { margin: 0 0 2px; font-size: 10.5pt; }
.finding p { margin: 0; }
ul.plain { padding-left: 18px; margin: 4px 0 10px; }
ul.glance { padding-left: 20px; margin: 4px 0 6px; font-size: 11pt; }
ul.glance li { margin: 3px 0; }
dl.methods dt { font-weight: 600; margin-top: 8px; break-after: avoid; page-break-after: avoid; }
dl.methods dd { margin: 0 0 0 0; }
footer { margin-top: 28px; border-top: 1px solid var(--line); padding-top: 8px; color: var(--muted); font-size: 8.5pt; }
.withheld { border: 1px dashed #aeb7c2; padding: 18px; color: var(--muted); text-align: center; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  html { background: #fff; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { margin-top: 18px; }
  section.page-break { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
}
`;
