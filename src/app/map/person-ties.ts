/**
 * Each person's ties, looked up from the analysis arrays. A large map draws only the ties of
 * the person pointed at or selected (every tie at once is a grey blanket that costs seconds a
 * frame); this index finds those ties without the render graph holding them all.
 */
import type Graph from 'graphology';
import type { AnalysisResult } from '../../core/analyse.ts';

export class PersonTies {
  private readonly offsets: Int32Array;
  private readonly edges: Int32Array;
  private readonly index: Map<string, number>;

  constructor(private readonly result: AnalysisResult) {
    const n = result.ids.length;
    const m = result.edgeSource.length;
    this.index = new Map(result.ids.map((id, i) => [id, i]));
    const degree = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      degree[(result.edgeSource[e] ?? 0) + 1]!++;
      degree[(result.edgeTarget[e] ?? 0) + 1]!++;
    }
    for (let i = 0; i < n; i++) degree[i + 1]! += degree[i]!;
    this.offsets = degree;
    const fill = degree.slice(0, n);
    this.edges = new Int32Array(2 * m);
    for (let e = 0; e < m; e++) {
      this.edges[fill[result.edgeSource[e] ?? 0]!++] = e;
      this.edges[fill[result.edgeTarget[e] ?? 0]!++] = e;
    }
  }

  /** The people tied to `id`, either way. */
  neighbours(id: string): Set<string> {
    const out = new Set<string>();
    const i = this.index.get(id);
    if (i === undefined) return out;
    const { ids, edgeSource, edgeTarget } = this.result;
    for (let k = this.offsets[i] ?? 0; k < (this.offsets[i + 1] ?? 0); k++) {
      const e = this.edges[k] ?? 0;
      const other = edgeSource[e] === i ? edgeTarget[e] : edgeSource[e];
      const o = ids[other ?? -1];
      if (o !== undefined) out.add(o);
    }
    return out;
  }

  /** `id`'s ties as pairs (source, target), without those to people the graph does not hold. */
  pairs(graph: Graph, id: string): [string, string][] {
    const out: [string, string][] = [];
    const i = this.index.get(id);
    if (i === undefined) return out;
    const { ids, edgeSource, edgeTarget } = this.result;
    for (let k = this.offsets[i] ?? 0; k < (this.offsets[i + 1] ?? 0); k++) {
      const e = this.edges[k] ?? 0;
      const s = ids[edgeSource[e] ?? -1];
      const t = ids[edgeTarget[e] ?? -1];
      if (s !== undefined && t !== undefined && graph.hasNode(s) && graph.hasNode(t)) out.push([s, t]);
    }
    return out;
  }
}
