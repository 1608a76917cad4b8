/** A question that must be answered before something is deleted. */
import type { ReactNode } from 'react';

export function ConfirmDialog({ title, children, confirm, onConfirm, onCancel, testId }: {
  title: string; children: ReactNode; confirm: string; onConfirm: () => void; onCancel: () => void; testId: string;
}) {
  return (
    <div className="dialog-backdrop" role="presentation" onClick={(e) => { if (e.target === e.currentTarget) onCancel(); }}>
      <div className="dialog confirm-dialog" role="alertdialog" aria-modal="true" aria-labelledby={`${testId}-title`} data-testid={testId}>
        <header><h2 id={`${testId}-title`}>{title}</h2></header>
        {children}
        <footer>
          <button onClick={onCancel} autoFocus>Keep it</button>
          <button className="danger" onClick={onConfirm} data-testid={`${testId}-confirm`}>{confirm}</button>
        </footer>
      </div>
    </div>
  );
}
