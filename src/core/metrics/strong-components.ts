/**
 * Strongly connected components: groups in which everyone can reach everyone else by following
 * ties in their direction (information can go round and come back).
 * Tarjan, R. E. (1972). Depth-first search and linear graph algorithms. SIAM Journal on
 * Computing 1(2), 146-160.
 * Convention: networkx `strongly_connected_components(G)` (as sets; networkx refuses undirected
 * graphs, where Kith returns the connected components, the same as components.ts). Weights are
 * ignored; a zero-weight tie still leads somewhere. Numbered as components.ts numbers weak ones:
 * 0 is the largest; equal sizes are ordered by their lowest node index. A person on no cycle is
 * a component of size 1.
 * The depth-first search keeps its own stack (no recursion), so long chains are safe. O(n + m).
 */
import { assertCompiled, type CompiledGraph } from '../graph/compile.ts';
import type { Components } from './components.ts';

export function strongComponents(g: CompiledGraph): Components {
  assertCompiled(g, 'strongComponents');
  const { n, outOffsets, outTargets } = g;
  const index = new Int32Array(n).fill(-1); // discovery order
  const low = new Int32Array(n);
  const next = new Int32Array(n); // next position to read in the node's out row
  const callStack = new Int32Array(n);
  const tarjanStack = new Int32Array(n); // visited nodes not yet assigned to a component
  const onStack = new Uint8Array(n);
  const found = new Int32Array(n).fill(-1); // component in order of completion
  const foundSizes: number[] = [];
  const foundLowest: number[] = [];
  let time = 0;
  let held = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let top = 0;
    callStack[0] = root;
    index[root] = low[root] = time++;
    next[root] = outOffsets[root]!;
    tarjanStack[held++] = root;
    onStack[root] = 1;
    while (top >= 0) {
      const v = callStack[top]!;
      if (next[v]! < outOffsets[v + 1]!) {
        const w = outTargets[next[v]!++]!;
        if (index[w] === -1) {
          index[w] = low[w] = time++;
          next[w] = outOffsets[w]!;
          tarjanStack[held++] = w;
          onStack[w] = 1;
          callStack[++top] = w;
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      top--;
      if (top >= 0) {
        const u = callStack[top]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
      if (low[v] !== index[v]) continue;
      // v is the root of a component: everything above it on the Tarjan stack.
      const c = foundSizes.length;
      let size = 0;
      let lowest = n;
      let w: number;
      do {
        w = tarjanStack[--held]!;
        onStack[w] = 0;
        found[w] = c;
        size++;
        if (w < lowest) lowest = w;
      } while (w !== v);
      foundSizes.push(size);
      foundLowest.push(lowest);
    }
  }

  const byRank = foundSizes.map((_, c) => c)
    .sort((a, b) => foundSizes[b]! - foundSizes[a]! || foundLowest[a]! - foundLowest[b]!);
  const rank = new Int32Array(byRank.length);
  byRank.forEach((c, r) => (rank[c] = r));
  const component = new Int32Array(n);
  for (let v = 0; v < n; v++) component[v] = rank[found[v]!]!;
  return { component, sizes: byRank.map((c) => foundSizes[c]!) };
}
