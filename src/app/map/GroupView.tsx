/**
 * The level of detail of the map: everyone, or groups (by the colour attribute, or by
 * community) with one group opened at a time. Offered by a notice above GROUPS_OFFERED_ABOVE
 * people, where a map of every person is a crowd. The roll-up is core (rollUp); this holds
 * the choice, and the controls and notices that go with it.
 */
import { useMemo, useState } from 'react';
import type { AnalysisResult } from '../../core/analyse.ts';
import type { Dataset } from '../../core/model/types.ts';
import { attributeText, MISSING_COLOUR, type ColourScale } from '../../core/view/encodings.ts';
import { rollUp } from '../../core/view/rollup.ts';
import { formatNumber, plural } from '../format.ts';
import type { GroupDrawing } from './GroupMap.tsx';

export const GROUPS_OFFERED_ABOVE = 3_000;

export type GroupMode = 'people' | 'colour' | 'community';

export interface GroupView {
  mode: GroupMode;
  setMode: (m: GroupMode) => void;
  /** The group opened from the groups map, if any. */
  opened: string | null;
  open: (key: string | null) => void;
  /** What the groups map draws; null when it is not shown. */
  drawing: GroupDrawing | null;
  /** The people of the opened group, for the person map; null for everyone. */
  only: ReadonlySet<string> | null;
  offer: boolean;
  dismissOffer: () => void;
  colourAttribute: string | null;
  people: number;
}

interface Choice { dataset: Dataset; mode: GroupMode; opened: string | null; dismissed: boolean }

export function useGroupView(dataset: Dataset, result: AnalysisResult | null, colours: ColourScale,
  positions: Map<string, { x: number; y: number }> | null): GroupView {
  // The choice belongs to a dataset: a new one starts with everyone shown and the offer afresh.
  const [choice, setChoice] = useState<Choice>({ dataset, mode: 'people', opened: null, dismissed: false });
  const current: Choice = choice.dataset === dataset ? choice : { dataset, mode: 'people', opened: null, dismissed: false };
  const { mode, opened, dismissed } = current;
  const update = (patch: Partial<Choice>): void => setChoice({ ...current, ...patch });
  const attribute = colours.attribute;
  const effective: GroupMode = mode === 'colour' && attribute === null ? 'people' : mode;

  const rollup = useMemo(() => {
    if (!result || effective === 'people') return null;
    const byId = new Map(dataset.actors.map((a) => [a.id, a]));
    const community = result.metrics.community;
    const groupOf = result.ids.map((id, i) => {
      if (effective === 'colour') return attributeText(byId.get(id), attribute ?? '');
      const c = community?.[i];
      return c === undefined || Number.isNaN(c) ? null : `Community ${c + 1}`;
    });
    return rollUp(result, groupOf);
  }, [dataset, result, effective, attribute]);

  const drawing = useMemo((): GroupDrawing | null => {
    if (!rollup) return null;
    const byId = new Map(dataset.actors.map((a) => [a.id, a]));
    const colourByValue = new Map(colours.entries.map((e) => [e.value, e.colour]));
    // A community is coloured as the attribute value most of its people share.
    const colour = new Map(rollup.groups.map((g) => {
      if (effective === 'colour') return [g.key, colourByValue.get(g.key) ?? MISSING_COLOUR] as const;
      const counts = new Map<string, number>();
      for (const id of g.members) { const c = colours.colourOf(byId.get(id)); counts.set(c, (counts.get(c) ?? 0) + 1); }
      let best = MISSING_COLOUR;
      let most = 0;
      for (const [c, k] of counts) if (k > most) { best = c; most = k; }
      return [g.key, best] as const;
    }));
    const middle = new Map(rollup.groups.map((g) => {
      let x = 0, y = 0, k = 0;
      for (const id of g.members) { const p = positions?.get(id); if (p) { x += p.x; y += p.y; k++; } }
      return [g.key, k > 0 ? { x: x / k, y: y / k } : null] as const;
    }));
    return {
      rollup,
      colourOf: (key) => colour.get(key) ?? MISSING_COLOUR,
      positionOf: (key, k, count) => middle.get(key) ?? { x: 100 * Math.cos((2 * Math.PI * k) / count), y: 100 * Math.sin((2 * Math.PI * k) / count) },
    };
  }, [rollup, dataset, colours, effective, positions]);

  const only = useMemo(() => {
    const g = opened !== null ? rollup?.groups.find((x) => x.key === opened) : undefined;
    return g ? new Set(g.members) : null;
  }, [rollup, opened]);

  const people = result?.ids.length ?? 0;
  return {
    mode: effective,
    setMode: (m) => update({ mode: m, opened: null, dismissed: true }),
    opened: only ? opened : null,
    open: (key) => update({ opened: key }),
    drawing: only ? null : drawing,
    only,
    offer: effective === 'people' && !dismissed && people > GROUPS_OFFERED_ABOVE,
    dismissOffer: () => update({ dismissed: true }),
    colourAttribute: attribute,
    people,
  };
}

/** The choice in the map's toolbar. */
export function GroupChoice({ view }: { view: GroupView }) {
  return (
    <select value={view.mode} onChange={(e) => view.setMode(e.target.value as GroupMode)} data-testid="group-mode"
      aria-label="Show people or groups" title="Show every person, or roll them up into groups">
      <option value="people">Show everyone</option>
      {view.colourAttribute !== null ? <option value="colour">Show as groups: {view.colourAttribute}</option> : null}
      <option value="community">Show as groups: communities</option>
    </select>
  );
}

/** The offer on a large network, what the groups map shows, and the way back from a group. */
export function GroupNotice({ view }: { view: GroupView }) {
  if (view.offer) {
    return (
      <div className="group-notice" role="status" data-testid="group-offer">
        <span>{formatNumber(view.people)} people make a crowded map. Seeing them as groups may be clearer.</span>
        {view.colourAttribute !== null ? <button onClick={() => view.setMode('colour')} data-testid="group-offer-colour">Show as groups: {view.colourAttribute}</button> : null}
        <button onClick={() => view.setMode('community')}>Show communities</button>
        <button className="link" onClick={view.dismissOffer}>Keep everyone</button>
      </div>
    );
  }
  if (view.only && view.opened !== null) {
    return (
      <div className="group-notice" role="status" data-testid="group-opened">
        <span>Showing the {plural(view.only.size, 'person', 'people')} of {view.opened} and the ties among them.</span>
        <button onClick={() => view.open(null)} data-testid="group-back">Back to groups</button>
      </div>
    );
  }
  if (view.drawing) {
    const what = view.mode === 'community' ? 'community (coloured as most of its people)' : view.colourAttribute ?? 'group';
    return (
      <div className="group-notice" role="status">
        <span>Each circle is one {what}, sized by its people; lines are as thick as the ties between them. Click a circle to see its people.</span>
      </div>
    );
  }
  return null;
}
