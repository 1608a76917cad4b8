import { useMemo, useState } from 'react';
import { foldName } from '../../core/import/directory.ts';
import type { Dataset } from '../../core/model/types.ts';

/** Finds a person by name (case and accents ignored) and hands their id to onFind. */
export function SearchBox({ dataset, onFind }: { dataset: Dataset; onFind: (id: string) => void }) {
  const [text, setText] = useState('');
  const index = useMemo(() => dataset.actors.map((a) => ({ id: a.id, label: a.label, key: foldName(a.label) })), [dataset]);
  const query = foldName(text);
  const matches = query.length === 0 ? [] : index.filter((a) => a.key.includes(query)).slice(0, 8);
  const [notFound, setNotFound] = useState(false);

  const choose = (id: string, label: string): void => {
    setText(label);
    setNotFound(false);
    onFind(id);
  };

  return (
    <form className="search" role="search" onSubmit={(e) => {
      e.preventDefault();
      const first = matches[0];
      if (first) choose(first.id, first.label);
      else setNotFound(true);
    }}>
      <input type="search" placeholder="Find a person" aria-label="Find a person by name" value={text}
        onChange={(e) => { setText(e.target.value); setNotFound(false); }} data-testid="search" />
      {matches.length > 0 && !(matches.length === 1 && matches[0]?.label === text) ? (
        <ul className="search-results" role="listbox">
          {matches.map((m) => (
            <li key={m.id} role="option" aria-selected={false}>
              <button type="button" onClick={() => choose(m.id, m.label)}>{m.label}</button>
            </li>
          ))}
        </ul>
      ) : null}
      {notFound ? <span className="hint">Nobody by that name.</span> : null}
    </form>
  );
}
