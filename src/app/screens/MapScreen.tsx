import { useMemo, useState } from 'react';
import type { Dataset } from '../../core/model/types.ts';
import { ChangeLegend } from '../change/ChangeLegend.tsx';
import { Legend } from '../map/Legend.tsx';
import { NetworkMap } from '../map/NetworkMap.tsx';
import { SearchBox } from '../map/SearchBox.tsx';
import { GroupMap } from '../map/GroupMap.tsx';
import { GroupChoice, GroupNotice, useGroupView } from '../map/GroupView.tsx';
import { MeetingsMap, MEETINGS_MAP_LIMIT } from '../map/MeetingsMap.tsx';
import { meetingsOfView } from '../../core/view/meetings.ts';
import type { ColourScale } from '../../core/view/encodings.ts';
import { focusOn, runLayout, select, setScreen, stopLayout } from '../state/actions.ts';
import { useAppState } from '../state/store.ts';

interface Props {
  dataset: Dataset;
  colours: ColourScale;
  sizes: (i: number) => number;
  hidden: Set<string>;
}

export function MapScreen({ dataset, colours, sizes, hidden }: Props) {
  const result = useAppState((s) => s.analysis.result);
  const positions = useAppState((s) => s.layout.positions);
  const layoutStatus = useAppState((s) => s.layout.status);
  const layoutFraction = useAppState((s) => s.layout.fraction);
  const selected = useAppState((s) => s.selected);
  const focus = useAppState((s) => s.focus);
  const changeMap = useAppState((s) => s.changeMap);
  const [zoomTo, setZoomTo] = useState<{ id: string; n: number } | null>(null);
  const [resetCount, setResetCount] = useState(0);
  const groups = useGroupView(dataset, result, colours, positions);
  const showGroups = groups.drawing !== null && !focus && !changeMap;
  const view = useAppState((s) => s.view);
  const [meetingsAsked, setMeetingsAsked] = useState(false);
  const meetingsOffered = dataset.attendance.length > 0 && dataset.attendance.length <= MEETINGS_MAP_LIMIT.attendances;
  const meetings = useMemo(() => (meetingsAsked && meetingsOffered && view ? meetingsOfView(dataset.attendance, view) : null),
    [meetingsAsked, meetingsOffered, dataset, view]);
  const showMeetings = meetings !== null && meetings.length <= MEETINGS_MAP_LIMIT.meetings && !showGroups && !focus && !changeMap;

  const find = (id: string): void => {
    select(id);
    setZoomTo((z) => ({ id, n: (z?.n ?? 0) + 1 }));
  };

  return (
    <div className={`map-screen ${selected ? 'with-panel' : ''}`}>
      {result && showGroups && groups.drawing ? <GroupMap {...groups.drawing} onOpen={groups.open} /> : null}
      {result && showMeetings && meetings ? <MeetingsMap dataset={dataset} meetings={meetings} colours={colours} positions={positions} /> : null}
      {result && !showGroups && !showMeetings ? (
        <NetworkMap dataset={dataset} result={result} positions={positions} colours={colours} sizes={sizes}
          hidden={hidden} selected={selected} zoomTo={zoomTo} resetCount={resetCount} focus={focus} change={changeMap}
          only={focus || changeMap ? null : groups.only} />
      ) : null}
      {!result ? <div className="loading">Measuring the network…</div> : null}
      <div className="map-tools">
        <SearchBox dataset={dataset} onFind={find} />
        <GroupChoice view={groups} />
        {meetingsOffered ? (
          <label className="check map-check" title="Meetings as a second kind of node: each tied to the people who attended it (in this wave, within the co-attendance dates)">
            <input type="checkbox" checked={meetingsAsked} onChange={(e) => setMeetingsAsked(e.target.checked)} data-testid="show-meetings" />
            Show meetings
          </label>
        ) : null}
        <button onClick={() => { select(null); focusOn(null); setResetCount((c) => c + 1); }} data-testid="reset-view" title="Zoom out to the whole network and clear the selection">Reset view</button>
        {layoutStatus === 'running' ? (
          <button onClick={stopLayout} data-testid="stop-layout">Stop layout ({Math.round(layoutFraction * 100)}%)</button>
        ) : (
          <button onClick={() => void runLayout()} title="Run ForceAtlas2 again on the ties shown, starting from the current positions">Re-run layout</button>
        )}
      </div>
      {!focus && !changeMap ? <GroupNotice view={groups} /> : null}
      {focus ? (
        <div className="focus-banner" role="status" data-testid="focus-banner">
          <div className="focus-text">
            <span className="focus-title">Showing: {focus.title}</span>
            {focus.notes?.map((n) => <span key={n} className="focus-note">{n}</span>)}
          </div>
          <button onClick={() => focusOn(null)}>Show everyone</button>
          <button onClick={() => setScreen('findings')}>Back to findings</button>
        </div>
      ) : null}
      {changeMap ? <ChangeLegend /> : <Legend colours={colours} />}
    </div>
  );
}
