/**
 * Names a survey gave that are not certainly anyone on the list: a near match to confirm ("It
 * is Aisha Rahman") or reject ("Someone else"), and free text that is left out unless matched.
 * A confirmation becomes an alias ({ name, actorId }), which the import and the recipe keep.
 */
import { useState } from 'react';
import type { Alias } from '../../core/import/matching.ts';
import type { UnmatchedName } from '../../core/model/types.ts';

const SHOWN = 50;

export function NamesToCheck({ unmatched, aliases, onAliases }: { unmatched: UnmatchedName[]; aliases: Alias[]; onAliases: (a: Alias[]) => void }) {
  const [dismissed, setDismissed] = useState<string[]>([]);
  const open = unmatched.filter((u) => !dismissed.includes(u.name) && !aliases.some((a) => a.name === u.name));
  const confirmed = aliases;
  if (open.length === 0 && confirmed.length === 0) return null;
  return (
    <div className="names-to-check" data-testid="names-to-check">
      {open.length > 0 ? <h4>Names to check</h4> : null}
      <ul>
        {open.slice(0, SHOWN).map((u) => (
          <li key={u.name} data-testid="name-to-check">
            <strong>“{u.name}”</strong> <span className="hint">(in {u.column}, row {u.rows.join(', ')})</span>{' '}
            {u.candidates.length > 0 ? (
              <>
                may be{' '}
                {u.candidates.map((c) => (
                  <button key={c.id} className="link" title={c.reason} onClick={() => onAliases([...aliases, { name: u.name, actorId: c.id }])}>
                    It is {c.label}{u.candidates.filter((k) => k.label === c.label).length > 1 ? ` [${c.id}]` : ''} ({c.reason})
                  </button>
                ))}{' '}
                <button className="link" onClick={() => setDismissed([...dismissed, u.name])}>Someone else</button>
                <span className="hint">{u.outcome === 'added' ? ' Until you say, they are added as a person of their own.' : ' Until you say, it is left out.'}</span>
              </>
            ) : (
              <span className="hint">{u.outcome === 'added' ? 'not on the list: added as a person with no attributes.' : 'not on the list: left out (free text is never added as a person by itself).'}</span>
            )}
          </li>
        ))}
      </ul>
      {open.length > SHOWN ? <p className="hint">…and {open.length - SHOWN} more.</p> : null}
      {confirmed.length > 0 ? (
        <p className="hint" data-testid="confirmed-names">
          Confirmed: {confirmed.map((a) => `“${a.name}”`).join(', ')}.{' '}
          <button className="link" onClick={() => onAliases([])}>Undo all</button>
        </p>
      ) : null}
    </div>
  );
}
