/**
 * The groups map: a large network rolled up to groups (sectors, organisations or
 * communities), one circle a group sized by its people, ties between groups as lines as
 * thick as the number of person ties they carry. Clicking a group opens its people.
 * The roll-up itself is core (src/core/view/rollup.ts); this only draws it.
 */
import Graph from 'graphology';
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import type { Rollup } from '../../core/view/rollup.ts';
import { formatNumber, plural } from '../format.ts';

export interface GroupDrawing {
  rollup: Rollup;
  /** The colour of each group, as the legend shows it. */
  colourOf: (key: string) => string;
  /** Where each group is drawn (the middle of its people on the person map, when known). */
  positionOf: (key: string, k: number, count: number) => { x: number; y: number };
}

interface Props extends GroupDrawing {
  onOpen: (key: string) => void;
}

export function GroupMap({ rollup, colourOf, positionOf, onOpen }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(() => {
    const graph = new Graph({ type: 'undirected', multi: false });
    let maxPeople = 1;
    for (const g of rollup.groups) maxPeople = Math.max(maxPeople, g.people);
    const few = rollup.groups.length <= 40;
    rollup.groups.forEach((g, k) => {
      const p = positionOf(g.key, k, rollup.groups.length);
      graph.addNode(g.key, {
        ...p, label: `${g.key} (${formatNumber(g.people)})`, size: 4 + 26 * Math.sqrt(g.people / maxPeople),
        color: colourOf(g.key), forceLabel: few,
      });
    });
    // Both directions of a directed view drawn as one line, as thick as their ties together.
    const between = new Map<string, number>();
    for (const t of rollup.ties) {
      const [a, b] = t.source < t.target ? [t.source, t.target] : [t.target, t.source];
      between.set(`${a}\u0000${b}`, (between.get(`${a}\u0000${b}`) ?? 0) + t.ties);
    }
    let maxTies = 1;
    for (const ties of between.values()) maxTies = Math.max(maxTies, ties);
    for (const [pair, ties] of between) {
      const [a, b] = pair.split('\u0000') as [string, string];
      graph.addEdge(a, b, { size: 0.5 + 7 * Math.sqrt(ties / maxTies), color: '#b9c0ca' });
    }
    const sigma = new Sigma(graph, container.current as HTMLDivElement, {
      labelRenderedSizeThreshold: 4, labelDensity: 1, defaultEdgeType: 'line',
      // Room for the toolbar and notice above and the legend below, so no circle hides under them.
      stagePadding: 120,
    });
    sigma.on('enterNode', ({ node }) => setHovered(node));
    sigma.on('leaveNode', () => setHovered(null));
    sigma.on('clickNode', ({ node }) => open.current(node));
    (window as unknown as { kithGroups?: unknown }).kithGroups = {
      order: () => graph.order,
      keys: () => graph.nodes(),
      viewportPosition: (key: string) => (graph.hasNode(key) ? sigma.graphToViewport(graph.getNodeAttributes(key) as { x: number; y: number }) : null),
    };
    return () => { sigma.kill(); };
  }, [rollup, colourOf, positionOf]);

  const group = hovered ? rollup.groups.find((g) => g.key === hovered) : undefined;
  const across = group ? rollup.ties.filter((t) => t.source === group.key || t.target === group.key).reduce((s, t) => s + t.ties, 0) : 0;
  return (
    <>
      <div ref={container} className="map-canvas" data-testid="group-map" aria-label="Map of groups" role="img" />
      {group ? (
        <div className="group-hover" role="status">
          <strong>{group.key}</strong>: {plural(group.people, 'person', 'people')}
          {group.isolates > 0 ? ` (${formatNumber(group.isolates)} without ties)` : ''}; {plural(group.withinTies, 'tie')} within,{' '}
          {plural(across, 'tie')} with other groups. Click to see its people.
        </div>
      ) : null}
    </>
  );
}
