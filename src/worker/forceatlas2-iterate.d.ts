// The low-level ForceAtlas2 step of graphology-layout-forceatlas2, which ships no types for it:
// one iteration over its node matrix (10 floats a node) and edge matrix (3 floats an edge).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(settings: Record<string, number | boolean>, nodes: Float32Array, edges: Float32Array): void;
}
declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, number | boolean>;
  export default defaults;
}
