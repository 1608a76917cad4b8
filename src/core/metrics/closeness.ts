/**
 * Closeness: how few steps, along ties, separate a person from the others who can reach them.
 * Freeman, L. C. (1978/79). Centrality in social networks: conceptual clarification. Social
 * Networks 1, 215-239. Disconnected graphs: Wasserman, S. & Faust, K. (1994). Social Network
 * Analysis: Methods and Applications. Cambridge University Press, p. 201.
 * Convention: networkx `closeness_centrality(G, distance=None, wf_improved=True)`. Unweighted
 * (hops). For a node u, let R be the people who can reach u (u included) and D the sum of
 * their distances to u:  C(u) = ((|R|-1) / D) * ((|R|-1) / (n-1)),  0 when nobody reaches u.
 * Directed graphs use INCOMING distances (from the others to u), as networkx does: a person
 * many can reach in few steps is close, whatever their own ties sent.
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import { closenessBoth } from './closeness-both.ts';

export interface ClosenessOptions {
  /** Called about every 1% of nodes (at most ~100 times) and once at the end with done = total. */
  onProgress?: (done: number, total: number) => void;
}

export function closeness(g: CompiledGraph, opts: ClosenessOptions = {}): Float64Array {
  assertCompiled(g, 'closeness');
  // One search per person serves closeness and harmonic closeness alike (closeness-both.ts).
  return closenessBoth(g, { from: 0, to: g.n, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) }).closeness;
}
