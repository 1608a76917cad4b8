/** Notes between waves ("frailty programme funding ended"), shown on every trend chart. */
import { useState } from 'react';
import { addAnnotation, removeAnnotation } from '../state/actions.ts';
import { useAppState } from '../state/store.ts';

export function Annotations({ waves }: { waves: string[] }) {
  const annotations = useAppState((s) => s.annotations);
  const [after, setAfter] = useState(waves[0] ?? '');
  const [text, setText] = useState('');
  return (
    <div className="annotations" data-testid="annotations">
      <h3>Notes between waves</h3>
      {annotations.length > 0 ? (
        <ol>
          {annotations.map((a, i) => (
            <li key={`${a.afterWave}-${i}`}>After {a.afterWave}: {a.text} <button className="link" onClick={() => removeAnnotation(i)} aria-label={`Remove note ${i + 1}`}>remove</button></li>
          ))}
        </ol>
      ) : <p className="hint">Add what happened between waves (a programme ending, a reorganisation); the charts mark it.</p>}
      <form onSubmit={(e) => { e.preventDefault(); if (text.trim()) { addAnnotation({ afterWave: after, text: text.trim() }); setText(''); } }}>
        <label>After <select value={after} onChange={(e) => setAfter(e.target.value)}>
          {waves.slice(0, -1).map((w) => <option key={w} value={w}>{w}</option>)}
        </select></label>{' '}
        <input value={text} onChange={(e) => setText(e.target.value)} placeholder="What happened" aria-label="Note" data-testid="annotation-text" />{' '}
        <button type="submit" data-testid="annotation-add">Add note</button>
      </form>
    </div>
  );
}
