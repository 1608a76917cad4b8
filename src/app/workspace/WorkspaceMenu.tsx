/**
 * The workspace's name in the top bar, and under it the Workspaces menu: rename, switch to
 * another saved workspace, start a new one, save it to a file or open one, delete it, or
 * delete everything Kith keeps in this browser. Also the notice of the last such action.
 */
import { useEffect, useRef, useState } from 'react';
import { setImportOpen } from '../state/actions.ts';
import { useAppState } from '../state/store.ts';
import {
  deleteAllMyData, deleteThisWorkspace, exportWorkspaceFile, openWorkspaceFile, refreshWorkspaceList, renameWorkspace,
  setWorkspaceNotice, switchWorkspace,
} from './actions.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

const SAVE_WORDS = {
  saved: 'Saved in this browser',
  saving: 'Saving…',
  unsaved: 'Not saved',
  error: 'Not saved',
} as const;

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

function allWords(count: number): string {
  if (count === 0) return 'No workspace of yours is saved in this browser yet.';
  return count === 1 ? 'Your one saved workspace will be deleted.' : `All ${count} of your saved workspaces will be deleted.`;
}

export function WorkspaceMenu() {
  const name = useAppState((s) => (s.dataset ? s.workspace.name : undefined));
  const isSample = useAppState((s) => s.isSample);
  const info = useAppState((s) => s.workspace);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState('');
  const [confirm, setConfirm] = useState<'this' | 'all' | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const picker = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent): void => { if (!box.current?.contains(e.target as Node)) setOpen(false); };
    const escape = (e: KeyboardEvent): void => { if (e.key === 'Escape') setOpen(false); };
    document.addEventListener('mousedown', outside);
    document.addEventListener('keydown', escape);
    return () => { document.removeEventListener('mousedown', outside); document.removeEventListener('keydown', escape); };
  }, [open]);

  const toggle = (): void => {
    if (!open) { setDraft(name ?? ''); void refreshWorkspaceList(); }
    setOpen(!open);
  };
  const others = info.list.filter((w) => w.id !== info.id);

  return (
    <div className="workspace" ref={box}>
      <button className="workspace-name" onClick={toggle} aria-haspopup="true" aria-expanded={open}
        title="Workspaces: rename, switch, save to a file, delete" data-testid="workspace-menu-button">
        <span data-testid="workspace-name">{name ?? 'No data yet'}</span> <span aria-hidden="true">▾</span>
      </button>
      {name ? (
        <span className={`save-state save-${info.save} ${isSample && info.save === 'unsaved' ? 'sample-note' : ''}`} data-testid="save-state"
          title={info.error ?? (isSample ? 'You are looking at a sample network. Import your own data.' : undefined)}>
          {isSample && info.save === 'unsaved' ? 'You are looking at a sample network. Import your own data.' : SAVE_WORDS[info.save]}
          {info.save === 'error' && info.error ? `: ${info.error}` : ''}
        </span>
      ) : null}
      {open ? (
        <div className="workspace-menu" data-testid="workspace-menu">
          {isSample && info.save === 'unsaved' ? (
            <p className="hint">The sample is not saved until you change it (a note, a choice, a new name); then it is kept as a workspace of its own.</p>
          ) : null}
          <form className="workspace-rename" onSubmit={(e) => { e.preventDefault(); renameWorkspace(draft); setOpen(false); }}>
            <label htmlFor="workspace-rename">Name of this workspace</label>
            <input id="workspace-rename" value={draft} onChange={(e) => setDraft(e.target.value)} maxLength={120} data-testid="workspace-rename-input" />
            <button type="submit" disabled={!draft.trim() || draft.trim() === name} data-testid="workspace-rename">Rename</button>
          </form>
          {others.length > 0 ? (
            <section>
              <h3>Switch to</h3>
              <ul className="workspace-list">
                {others.map((w) => (
                  <li key={w.id}>
                    <button className="link" onClick={() => { setOpen(false); void switchWorkspace(w.id); }} data-testid="workspace-item">{w.name}</button>
                    <span className="hint"> {w.people} people · {w.ties} ties · saved {when(w.savedAt)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section className="workspace-actions">
            <button onClick={() => { setOpen(false); setImportOpen(true); }} data-testid="workspace-new">New workspace: import files…</button>
            <button onClick={() => { setOpen(false); void exportWorkspaceFile(); }} data-testid="workspace-export"
              title="Everything in this workspace, names included, in one file you can keep or open on another machine">Save as a file (.kith.json)</button>
            <button onClick={() => picker.current?.click()} data-testid="workspace-open-file">Open a workspace file…</button>
            <input ref={picker} type="file" accept=".json,application/json" hidden data-testid="workspace-file"
              onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; setOpen(false); if (f) void openWorkspaceFile(f); }} />
          </section>
          <section className="workspace-actions danger-zone">
            {info.id ? <button onClick={() => setConfirm('this')} data-testid="workspace-delete">Delete this workspace…</button> : null}
            <button onClick={() => setConfirm('all')} data-testid="delete-all">Delete all my data…</button>
          </section>
          <p className="hint">Workspaces are saved automatically in this browser, on this machine only. Nothing is sent anywhere.</p>
        </div>
      ) : null}
      {info.notice ? (
        <div className={`workspace-notice ${info.notice.kind}`} role={info.notice.kind === 'error' ? 'alert' : 'status'} data-testid="workspace-notice">
          <span>{info.notice.text}</span>
          <button className="link" onClick={() => setWorkspaceNotice(null)} aria-label="Dismiss">Dismiss</button>
        </div>
      ) : null}
      {confirm === 'this' ? (
        <ConfirmDialog title={`Delete “${name ?? ''}”?`} confirm="Delete this workspace" testId="confirm-delete"
          onCancel={() => setConfirm(null)} onConfirm={() => { setConfirm(null); setOpen(false); void deleteThisWorkspace(); }}>
          <p>Its data, notes and map are removed from this browser. Files you saved from it are not affected. This cannot be undone.</p>
        </ConfirmDialog>
      ) : null}
      {confirm === 'all' ? (
        <ConfirmDialog title="Delete all your data from this browser?" confirm="Delete everything" testId="delete-all-dialog"
          onCancel={() => setConfirm(null)} onConfirm={() => { setConfirm(null); setOpen(false); void deleteAllMyData(); }}>
          <p data-testid="delete-all-count">{allWords(info.list.length)}</p>
          <p>Everything Kith keeps in this browser goes: people, ties, notes, maps and choices. Kith then shows the sample network.
            Workspace files you saved are not affected. This cannot be undone.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
