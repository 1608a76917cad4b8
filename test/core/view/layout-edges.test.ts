import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/import/dataset.ts';
import { pooledLayoutEdges } from '../../../src/core/view/layout-edges.ts';
import { defaultView } from '../../../src/core/view/view.ts';

describe('pooledLayoutEdges', () => {
  it('pools every wave and type, ignores direction and filters, and weights by how often a tie was seen', () => {
    const ds = importDataset('t', [
      { name: 'p.csv', text: 'id\nA\nB\nC\nD\n' },
      { name: 't.csv', text: 'source,target,type,strength,wave\nA,B,advice,1,W1\nB,A,trust,4,W2\nC,D,advice,1,W1\n' },
    ]);
    const e = pooledLayoutEdges(ds, { ...defaultView(ds), wave: 'W2', tieTypes: ['trust'], minStrength: 3 });
    expect(e.ids).toEqual(['A', 'B', 'C', 'D']);
    const pairs = Array.from(e.source, (s, i) => `${e.ids[s]}-${e.ids[e.target[i]!]}:${e.weight[i]}`).sort();
    expect(pairs).toEqual(['A-B:2', 'C-D:1']);
  });
});
