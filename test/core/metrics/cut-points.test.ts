import { describe, expect, it } from 'vitest';
import {
  articulationPoints, bridges, cutOffCount, cutPoints,
} from '../../../src/core/metrics/cut-points.ts';
import { gridGraph, pathGraph, randomEdgeList, readCsv, type EdgeList } from '../../fixtures/graphs/graphs.ts';
import { compile, cycleGraph, list, reachable, undirectedNeighbours } from '../../fixtures/graphs/holes-helpers.ts';

/**
 * Independent reference by removal, direction ignored: for each person v, breadth-first search
 * over v's group without v; v is a cut point when two or more pieces are left, and cutOff is
 * (group size - 1 - largest piece). A tie {u, v} is a bridge when, without it, u no longer
 * reaches v.
 */
function naiveCuts(l: EdgeList): { articulation: number[]; cutOff: number[]; bridges: [number, number][] } {
  const nb = undirectedNeighbours(l);
  const articulation: number[] = [];
  const cutOff: number[] = [];
  for (let v = 0; v < l.n; v++) {
    const group = reachable(nb, v, () => false);
    const seen = new Set<number>([v]);
    const pieces: number[] = [];
    for (const u of group) {
      if (seen.has(u)) continue;
      const piece = reachable(nb, u, (x) => x === v);
      piece.forEach((x) => seen.add(x));
      pieces.push(piece.size);
    }
    articulation.push(pieces.length >= 2 ? 1 : 0);
    cutOff.push(pieces.length >= 2 ? group.size - 1 - Math.max(...pieces) : 0);
  }
  const found: [number, number][] = [];
  for (let u = 0; u < l.n; u++) {
    for (const v of [...nb[u]!]) { // a copy: the set is edited inside the loop
      if (v < u) continue;
      nb[u]!.delete(v);
      nb[v]!.delete(u);
      if (!reachable(nb, u, () => false).has(v)) found.push([u, v]);
      nb[u]!.add(v);
      nb[v]!.add(u);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { articulation, cutOff, bridges: found };
}

function named(l: EdgeList) {
  const g = compile(l);
  const c = cutPoints(g);
  const cutOff: Record<string, number> = {};
  g.ids.forEach((id, i) => { if (c.articulation[i]) cutOff[id] = c.cutOff[i]!; });
  const bridgeNames = c.bridges.map(([a, b]) => [g.ids[a]!, g.ids[b]!].sort().join('-')).sort();
  return { cutOff, bridges: bridgeNames };
}

describe('cut points and bridges of classic networks', () => {
  it('Krackhardt kite: Heather and Ike', () => {
    // By hand (networkx 3.6 articulation_points and bridges agree): without Heather, Ike and
    // Jane are cut off from the 7 others; without Ike, Jane alone.
    const k = named(readCsv('krackhardt-kite'));
    expect(k.cutOff).toEqual({ Heather: 2, Ike: 1 });
    expect(k.bridges).toEqual(['Heather-Ike', 'Ike-Jane']);
  });

  it('Florentine marriages: Medici, Salviati, Albizzi, Guadagni', () => {
    // By hand (networkx 3.6 agrees): without the Medici, Acciaiuoli and the Salviati-Pazzi pair
    // lose the other 11 families (3 cut off); each other cut point holds one pendant family.
    const f = named(readCsv('florentine-marriage'));
    expect(f.cutOff).toEqual({ Medici: 3, Salviati: 1, Albizzi: 1, Guadagni: 1 });
    expect(f.bridges).toEqual(['Acciaiuoli-Medici', 'Albizzi-Ginori', 'Guadagni-Lamberteschi',
      'Medici-Salviati', 'Pazzi-Salviati']);
  });

  it('karate club: member 0 holds member 11 and the group 4, 5, 6, 10, 16', () => {
    // networkx 3.6: articulation_points = [0], bridges = [(0, 11)]; connected_components of the
    // club without member 0: {11}, {4, 5, 6, 10, 16} and the 27 others, so 6 are cut off.
    const z = named(readCsv('karate-club'));
    expect(z.cutOff).toEqual({ '0': 6 });
    expect(z.bridges).toEqual(['0-11']);
  });
});

describe('cut points on shapes worked out by hand', () => {
  it.each([0, 1, 2])('n = %i', (n) => {
    const g = compile(list(n, false, n === 2 ? [[0, 1]] : []));
    expect(Array.from(articulationPoints(g))).toEqual(new Array(n).fill(0));
    expect(Array.from(cutOffCount(g))).toEqual(new Array(n).fill(0));
    expect(bridges(g)).toEqual(n === 2 ? [[0, 1]] : []);
  });

  it('a path of 20,000 (undirected and directed): no stack overflow, everything cuts', () => {
    for (const directed of [false, true]) {
      const g = compile(pathGraph(20000, directed));
      const c = cutPoints(g);
      for (let v = 0; v < 20000; v++) {
        const expected = Math.min(v, 19999 - v); // the shorter side is cut off
        if (c.articulation[v] !== (expected > 0 ? 1 : 0) || c.cutOff[v] !== expected) {
          throw new Error(`node ${v}: ${c.articulation[v]}, ${c.cutOff[v]}`);
        }
      }
      expect(c.bridges.length).toBe(19999);
      expect(c.bridges[19998]).toEqual([19998, 19999]);
    }
  });

  it('cycles and lattices have none; a bow-tie has its knot', () => {
    for (const l of [cycleGraph(50, false), cycleGraph(50, true), gridGraph(6, 8)]) {
      const c = cutPoints(compile(l));
      expect(c.articulation.every((x) => x === 0)).toBe(true);
      expect(c.bridges).toEqual([]);
    }
    const bowTie = list(5, false, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 2]]);
    const c = cutPoints(compile(bowTie));
    expect(Array.from(c.articulation)).toEqual([0, 0, 1, 0, 0]);
    expect(Array.from(c.cutOff)).toEqual([0, 0, 2, 0, 0]);
    expect(c.bridges).toEqual([]);
  });

  it('direction ignored: a mutual pair is one tie, so it can be a bridge', () => {
    // 0 <-> 1 -> 2 <- 3, and 4 isolated: 1 and 2 are cut points, all three ties bridges.
    const g = compile(list(5, true, [[0, 1], [1, 0], [1, 2], [3, 2]]));
    const c = cutPoints(g);
    expect(Array.from(c.articulation)).toEqual([0, 1, 1, 0, 0]);
    expect(Array.from(c.cutOff)).toEqual([0, 1, 1, 0, 0]);
    expect(c.bridges).toEqual([[0, 1], [1, 2], [2, 3]]);
  });

  it('a star centre cuts off all but one leaf; parallel ties do not make a cycle', () => {
    const star = list(6, false, [[0, 1], [0, 2], [0, 3], [2, 0], [0, 4], [5, 0], [3, 3]]);
    const c = cutPoints(compile(star));
    expect(Array.from(c.cutOff)).toEqual([4, 0, 0, 0, 0, 0]);
    expect(c.bridges).toEqual([[0, 1], [0, 2], [0, 3], [0, 4], [0, 5]]);
  });

  it('rejects something that is not a compiled graph', () => {
    const g = compile(list(2, false, [[0, 1]]));
    const bad = { ...g, inOffsets: new Int32Array(1) };
    expect(() => articulationPoints(bad)).toThrow(/^articulationPoints: /);
    expect(() => cutOffCount(bad)).toThrow(/^cutOffCount: /);
    expect(() => bridges(bad)).toThrow(/^bridges: /);
    expect(() => cutPoints(bad)).toThrow(/^cutPoints: /);
  });
});

describe('cut points against removal', () => {
  // 300 seeded random graphs around the connectivity threshold: chains, trees, several groups.
  it.each(Array.from({ length: 300 }, (_, seed) => seed))('matches the naive reference (seed %i)', (seed) => {
    const n = seed % 35;
    const l = randomEdgeList(8000 + seed, n, [1, 1.5, 2.5][seed % 3]! / Math.max(1, n), seed % 2 === 0);
    const c = cutPoints(compile(l));
    const ref = naiveCuts(l);
    expect(Array.from(c.articulation)).toEqual(ref.articulation);
    expect(Array.from(c.cutOff)).toEqual(ref.cutOff);
    expect(c.bridges).toEqual(ref.bridges);
  });
});
