/**
 * A small directed network with the awkward cases exports must carry: hostile names and
 * values, a number and a yes/no attribute with gaps, a column called "label" (a name the
 * formats reserve), a tie with no strength and a tie with two types.
 */
import { analyseView } from '../../../src/core/analyse.ts';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { exportNetwork, type ExportDisplay } from '../../../src/core/export/network.ts';
import { defaultView } from '../../../src/core/view/view.ts';

export const PEOPLE = [
  'id,name,sector,years,lead,label',
  'A,"<script>alert(1)</script>",Acute,3,yes,x',
  'B,"Tom & ""Jerry""",VCSE,,no,y',
  'C,=HYPERLINK("evil"),Acute,12.5,,z',
  'D,Zoë \u0007Bell,Primary care,1,yes,',
].join('\n');

export const TIES = [
  'source,target,type,strength',
  'A,B,advice,3',
  'B,A,advice,2',
  'B,C,trust,',
  'C,D,advice,1',
  'C,D,trust,4',
  'D,A,advice,2',
].join('\n');

export async function fixture(display: Partial<ExportDisplay> = {}) {
  const ds = importDataset('Fixture & <friends>', [{ name: 'people.csv', text: PEOPLE }, { name: 'ties.csv', text: TIES }]);
  const view = { ...defaultView(ds), boundary: 'sector' };
  const r = await analyseView(ds, view);
  const positions = new Map([['A', { x: 0, y: 0 }], ['B', { x: 10, y: 5 }], ['C', { x: -3.25, y: 7 }], ['D', { x: 4, y: -6 }]]);
  const net = exportNetwork(ds, r, { colourBy: 'sector', sizeBy: 'betweenness', hidden: {}, positions, pseudonymous: false, ...display });
  return { ds, r, net };
}
