/**
 * Meetings as a second kind of node: the attendance data kept two-mode, each meeting a dark
 * circle sized by its attendance and tied to the people who came, so a convenor sees which
 * meetings bring which groups together. People keep their place and colour from the person
 * map; a meeting sits in the middle of its people. The meetings themselves come from core
 * (src/core/view/meetings.ts); this only draws them.
 */
import Graph from 'graphology';
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import type { Dataset } from '../../core/model/types.ts';
import type { ColourScale } from '../../core/view/encodings.ts';
import { meetingLabel, meetingNodeIds, type Meeting } from '../../core/view/meetings.ts';
import { select } from '../state/actions.ts';
import { plural } from '../format.ts';

/** Beyond this many meetings or attendances the two-mode map is not offered: it would be a blur. */
export const MEETINGS_MAP_LIMIT = { meetings: 1_000, attendances: 30_000 };

const MEETING_COLOUR = '#3d4451';
const ATTENDED_COLOUR = '#d8c7a8';

interface Props {
  dataset: Dataset;
  meetings: Meeting[];
  colours: ColourScale;
  positions: Map<string, { x: number; y: number }> | null;
}

export function MeetingsMap({ dataset, meetings, colours, positions }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState<{ meeting: Meeting; groups: number } | null>(null);

  useEffect(() => {
    const graph = new Graph({ type: 'undirected', multi: false });
    const byId = new Map(dataset.actors.map((a) => [a.id, a]));
    const ids = meetingNodeIds(meetings, byId.keys());
    const attending = new Set(meetings.flatMap((m) => m.people));
    for (const id of attending) {
      const actor = byId.get(id);
      const p = positions?.get(id) ?? { x: 0, y: 0 };
      graph.addNode(id, { ...p, label: actor?.label ?? id, size: 3, color: colours.colourOf(actor) });
    }
    let most = 1;
    for (const m of meetings) most = Math.max(most, m.people.length);
    const byNode = new Map<string, Meeting>();
    for (const m of meetings) {
      const id = ids.get(m.key) as string;
      byNode.set(id, m);
      let x = 0, y = 0;
      for (const p of m.people) { const at = graph.getNodeAttributes(p) as { x: number; y: number }; x += at.x; y += at.y; }
      const n = Math.max(1, m.people.length);
      graph.addNode(id, { x: x / n, y: y / n, label: meetingLabel(m), size: 4 + 10 * Math.sqrt(m.people.length / most), color: MEETING_COLOUR, meeting: true });
      for (const p of m.people) graph.addEdge(p, id, { size: 0.5, color: ATTENDED_COLOUR });
    }
    const sigma = new Sigma(graph, container.current as HTMLDivElement, { defaultEdgeType: 'line', labelDensity: 0.5, stagePadding: 60 });
    sigma.on('enterNode', ({ node }) => {
      const m = byNode.get(node);
      if (!m) return;
      const groups = new Set(m.people.map((p) => colours.colourOf(byId.get(p))));
      setHovered({ meeting: m, groups: groups.size });
    });
    sigma.on('leaveNode', () => setHovered(null));
    sigma.on('clickNode', ({ node }) => { if (!byNode.has(node)) select(node); });
    (window as unknown as { kithMeetings?: unknown }).kithMeetings = {
      meetings: () => graph.filterNodes((_, a) => a.meeting === true).length,
      people: () => graph.filterNodes((_, a) => a.meeting !== true).length,
      ties: () => graph.size,
    };
    return () => { sigma.kill(); };
  }, [dataset, meetings, colours, positions]);

  return (
    <>
      <div ref={container} className="map-canvas" data-testid="meetings-map" aria-label="Map of people and the meetings they attended" role="img" />
      <div className="group-hover" role="status">
        {hovered
          ? <><strong>{meetingLabel(hovered.meeting)}</strong>: {plural(hovered.meeting.people.length, 'person', 'people')}
            {colours.attribute ? `, from ${plural(hovered.groups, 'group')} by ${colours.attribute}` : ''}.</>
          : <>Dark circles are meetings, sized by how many came; each line joins a person to a meeting they attended.</>}
      </div>
    </>
  );
}
