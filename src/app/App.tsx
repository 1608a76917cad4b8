import { useMemo } from 'react';
import { colourScale, hiddenPeople, sizeScale } from '../core/view/encodings.ts';
import { ImportDialog } from './import/ImportDialog.tsx';
import { PersonPanel } from './panels/PersonPanel.tsx';
import { Sidebar } from './panels/Sidebar.tsx';
import { StatusLine } from './panels/StatusLine.tsx';
import { TopBar } from './panels/TopBar.tsx';
import { ChangeScreen } from './change/ChangeScreen.tsx';
import { DataScreen } from './screens/DataScreen.tsx';
import { FindingsScreen } from './findings/FindingsScreen.tsx';
import { HealthScreen } from './health/HealthScreen.tsx';
import { ReportScreen } from './report/ReportScreen.tsx';
import { MapScreen } from './screens/MapScreen.tsx';
import { PeopleScreen } from './screens/PeopleScreen.tsx';
import { setScreen } from './state/actions.ts';
import { shownDataset, useAppState, type Screen } from './state/store.ts';

const SCREENS: { id: Screen; label: string; hint: string }[] = [
  { id: 'map', label: 'Map', hint: 'The network as a map' },
  { id: 'people', label: 'People', hint: 'Everyone in a sortable table' },
  { id: 'findings', label: 'Findings', hint: 'Boundary spanners, silos, disconnected partners, risks and introductions' },
  { id: 'change', label: 'Change', hint: 'What changed between survey waves' },
  { id: 'health', label: 'Health', hint: 'The headline figures of the network, with charts' },
  { id: 'report', label: 'Report', hint: 'A printable report to take to a board or a funder' },
  { id: 'data', label: 'Data', hint: 'Imported files and what happened to every row' },
];

export function App() {
  const dataset = useAppState(shownDataset);
  const display = useAppState((s) => s.display);
  const result = useAppState((s) => s.analysis.result);
  const screen = useAppState((s) => s.screen);
  const selected = useAppState((s) => s.selected);
  const importOpen = useAppState((s) => s.importOpen);

  const colours = useMemo(() => (dataset ? colourScale(dataset, display.colourBy) : null), [dataset, display.colourBy]);
  const hidden = useMemo(() => (dataset ? hiddenPeople(dataset, display.hidden) : new Set<string>()), [dataset, display.hidden]);
  const sizes = useMemo(() => sizeScale(display.sizeBy ? result?.metrics[display.sizeBy] : undefined), [result, display.sizeBy]);

  return (
    <div className={`app ${selected ? 'with-panel' : ''} ${screen === 'map' ? 'on-map' : ''} ${dataset && (screen === 'map' || screen === 'people') ? '' : 'no-side'}`}>
      <TopBar />
      <nav className="rail" aria-label="Screens">
        {SCREENS.map((s) => (
          <button key={s.id} className={screen === s.id ? 'active' : ''} title={s.hint} aria-current={screen === s.id ? 'page' : undefined}
            onClick={() => setScreen(s.id)} data-testid={`screen-${s.id}`}>{s.label}</button>
        ))}
      </nav>
      {dataset && (screen === 'map' || screen === 'people') ? <Sidebar dataset={dataset} /> : null}
      <main className={`screen screen-${screen}`}>
        {!dataset ? <div className="loading">Loading…</div> : null}
        {dataset && colours && screen === 'map' ? (
          <MapScreen dataset={dataset} colours={colours} sizes={sizes} hidden={hidden} />
        ) : null}
        {dataset && colours && screen === 'people' ? <PeopleScreen dataset={dataset} colours={colours} hidden={hidden} /> : null}
        {dataset && screen === 'findings' ? <FindingsScreen dataset={dataset} /> : null}
        {dataset && screen === 'change' ? <ChangeScreen dataset={dataset} /> : null}
        {dataset && screen === 'health' ? <HealthScreen dataset={dataset} /> : null}
        {dataset && screen === 'report' ? <ReportScreen dataset={dataset} /> : null}
        {screen === 'data' ? <DataScreen /> : null}
      </main>
      {dataset && selected ? <PersonPanel dataset={dataset} id={selected} colours={colours} /> : null}
      <StatusLine hiddenCount={hidden.size} />
      {importOpen ? <ImportDialog /> : null}
    </div>
  );
}
