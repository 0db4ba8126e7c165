import type { ReactNode } from 'react';
import './notice.css';

interface NoticeProps {
  tone: 'error' | 'info' | 'warning';
  children: ReactNode;
  onDismiss?: () => void;
  dismissLabel?: string;
}

/** A message in the page: errors interrupt (role=alert), the rest is announced politely. */
export function Notice({ tone, children, onDismiss, dismissLabel }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="notice-body">{children}</div>
      {onDismiss ? (
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          {dismissLabel}
        </button>
      ) : null}
    </div>
  );
}
