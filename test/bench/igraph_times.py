"""Times python3-igraph (C) on an edge list, for Kith's benchmark table (test/bench/metrics.ts).

Usage: python3 igraph_times.py EDGES.tsv N DIRECTED(0|1)
Prints one JSON object: metric -> seconds. Reads a tab-separated 'source target' list.
"""
import json
import sys
import time

import igraph as ig


def main() -> None:
    path, n, directed = sys.argv[1], int(sys.argv[2]), sys.argv[3] == '1'
    edges = []
    with open(path) as f:
        for line in f:
            s, t = line.split()
            edges.append((int(s), int(t)))
    g = ig.Graph(n=n, edges=edges, directed=directed)
    times = {}

    def timed(name, fn):
        t0 = time.perf_counter()
        fn()
        times[name] = time.perf_counter() - t0

    timed('degree', lambda: g.degree())
    timed('betweenness', lambda: g.betweenness(directed=directed))
    timed('closeness', lambda: g.closeness(mode='in'))
    timed('harmonic', lambda: g.harmonic_centrality(mode='in'))
    timed('pagerank', lambda: g.pagerank(directed=directed))
    timed('eigenvector', lambda: g.eigenvector_centrality(directed=directed))
    timed('clustering', lambda: g.transitivity_local_undirected())
    timed('coreNumber', lambda: g.coreness())
    timed('constraint', lambda: g.constraint())
    timed('louvain', lambda: g.as_undirected().community_multilevel())
    print(json.dumps(times))


if __name__ == '__main__':
    main()
