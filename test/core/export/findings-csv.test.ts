import { describe, expect, it } from 'vitest';
import { findingsCsv } from '../../../src/core/export/findings-csv.ts';
import { peopleTableCsv, tiesTableCsv } from '../../../src/core/export/tables.ts';
import type { Finding } from '../../../src/core/findings/types.ts';
import { parseCsv } from '../../../src/core/import/csv.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { pseudonymise } from '../../../src/core/model/pseudonymise.ts';
import { fixture } from './network-fixture.ts';

const FINDINGS: Finding[] = [
  {
    id: 'spanner:A', kind: 'spanner', title: 'One person links acute care & the VCSE',
    explanation: 'Most ties between "Acute" and VCSE run through one person, so they carry a lot.',
    evidence: { nodes: ['A', 'C'], edges: [['A', 'B']], figures: { betweenness: 0.123456789012345, crossTies: 4, missing: NaN } },
  },
  {
    id: 'silo:Acute|Primary care', kind: 'silo', title: '=Acute and primary care barely meet',
    explanation: 'Two ties, line\nbreak.', evidence: { nodes: [], edges: [], figures: {} },
  },
];

function rows(csv: string): Record<string, string | null>[] {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.error);
  const { headers, rows: body } = parsed.table;
  return body.map((r) => Object.fromEntries(headers.map((h, k) => [h, r.cells[k] ?? null])));
}

describe('findingsCsv', () => {
  it('writes one row per finding with its section, words, people by name and exact figures', async () => {
    const { ds } = await fixture();
    const csv = findingsCsv(FINDINGS, ds);
    expect(csv.startsWith('\uFEFFkind,title,explanation,people,figures,id\r\n')).toBe(true);
    const back = rows(csv);
    expect(back).toHaveLength(2);
    expect(back[0]).toEqual({
      kind: 'Boundary spanners', title: 'One person links acute care & the VCSE',
      explanation: 'Most ties between "Acute" and VCSE run through one person, so they carry a lot.',
      people: '<script>alert(1)</script>; =HYPERLINK("evil")', figures: 'betweenness = 0.123456789012345; crossTies = 4', id: 'spanner:A',
    });
    // A headline that a spreadsheet would run as a formula is neutralised.
    expect(back[1]).toMatchObject({ kind: 'Silos', title: "'=Acute and primary care barely meet", explanation: 'Two ties, line\nbreak.', people: '', figures: '' });
  });

  it('names people by code and leaves out the ids when names are hidden', async () => {
    const { ds } = await fixture();
    const shown = pseudonymise(ds);
    const back = rows(findingsCsv(FINDINGS, shown, { pseudonymous: true }));
    const code = (id: string) => shown.actors.find((a) => a.id === id)!.label;
    expect(back[0]!.people).toBe(`${code('A')}; ${code('C')}`);
    expect(Object.keys(back[0]!)).toEqual(['kind', 'title', 'explanation', 'people', 'figures']);
  });
});

describe('people and ties tables with names hidden', () => {
  it('put the code in place of the id, leave out free text, and re-import to the same people', async () => {
    const ds0 = importDataset('t', [
      { name: 'p.csv', text: 'id,name,sector,phone,notes\nann@x.org,Ann,Acute,0161 555,Met at the forum with Bob\nbob@x.org,Bob,Acute,0161 556,\n' },
      { name: 't.csv', text: 'source,target\nann@x.org,bob@x.org\n' },
    ]);
    const shown = pseudonymise(ds0);
    const { r } = await (async () => ({ r: await (await import('../../../src/core/analyse.ts')).analyseView(shown, (await import('../../../src/core/view/view.ts')).defaultView(shown)) }))();
    const people = peopleTableCsv(shown, r, { pseudonymous: true });
    const ties = tiesTableCsv(r, { pseudonymous: true, dataset: shown });
    for (const text of [people, ties]) {
      expect(text).not.toContain('@x.org');
      expect(text).not.toContain('forum');
      expect(text).not.toContain('0161');
    }
    // Role given: a people table's 'community' column would otherwise make it look like attendance.
    const again = importDataset('again', [{ name: 'people.csv', text: people, role: 'people' }, { name: 'ties.csv', text: ties, role: 'ties' }]);
    expect(again.actors.map((a) => a.id).sort()).toEqual(shown.actors.map((a) => a.label).sort());
    expect(again.ties).toHaveLength(1);
    // The sector, shared by both, is kept.
    expect(again.actors.map((a) => a.attributes.sector)).toEqual(['Acute', 'Acute']);
  });
});
