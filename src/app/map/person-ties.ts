/**
 * Each person's ties, looked up from the map's tie lines (tie-lines.ts). A large map
 * highlights the ties of the person pointed at or selected on a layer of its own; this
 * index finds them without sigma's graph holding any tie.
 */
import type Graph from 'graphology';
import type { FocusPair } from './focus-ties.ts';
import type { TieLines } from './tie-lines.ts';

export class PersonTies {
  private readonly offsets: Int32Array;
  private readonly edges: Int32Array;
  private readonly index: Map<string, number>;

  constructor(private readonly lines: TieLines) {
    const n = lines.ids.length;
    const m = lines.source.length;
    this.index = new Map(lines.ids.map((id, i) => [id, i]));
    const degree = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      degree[(lines.source[e] ?? 0) + 1]!++;
      degree[(lines.target[e] ?? 0) + 1]!++;
    }
    for (let i = 0; i < n; i++) degree[i + 1]! += degree[i]!;
    this.offsets = degree;
    const fill = degree.slice(0, n);
    this.edges = new Int32Array(2 * m);
    for (let e = 0; e < m; e++) {
      this.edges[fill[lines.source[e] ?? 0]!++] = e;
      this.edges[fill[lines.target[e] ?? 0]!++] = e;
    }
  }

  /** The people tied to `id`, either way. */
  neighbours(id: string): Set<string> {
    const out = new Set<string>();
    const i = this.index.get(id);
    if (i === undefined) return out;
    const { ids, source: edgeSource, target: edgeTarget } = this.lines;
    for (let k = this.offsets[i] ?? 0; k < (this.offsets[i + 1] ?? 0); k++) {
      const e = this.edges[k] ?? 0;
      const other = edgeSource[e] === i ? edgeTarget[e] : edgeSource[e];
      const o = ids[other ?? -1];
      if (o !== undefined) out.add(o);
    }
    return out;
  }

  /** `id`'s ties as pairs (source, target, colour when the lines have one), without those to people the graph does not hold. */
  pairs(graph: Graph, id: string): FocusPair[] {
    const out: FocusPair[] = [];
    const i = this.index.get(id);
    if (i === undefined) return out;
    const { ids, source: edgeSource, target: edgeTarget, colours } = this.lines;
    for (let k = this.offsets[i] ?? 0; k < (this.offsets[i + 1] ?? 0); k++) {
      const e = this.edges[k] ?? 0;
      const s = ids[edgeSource[e] ?? -1];
      const t = ids[edgeTarget[e] ?? -1];
      if (s !== undefined && t !== undefined && graph.hasNode(s) && graph.hasNode(t)) out.push(colours ? [s, t, colours[e] ?? null] : [s, t]);
    }
    return out;
  }
}
