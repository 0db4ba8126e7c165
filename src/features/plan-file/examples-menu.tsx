import { useEffect, useId, useRef, useState } from 'react';
import type { Plan } from '../../domain/plan/schema';
import { ui } from '#words/ui';
import { fetchSameOrigin } from '../../lib/fetch-same-origin';
import { EXAMPLES_INDEX, examplePath, parseExampleIndex, type ExampleEntry } from './example-index';
import './plan-file.css';

type IndexState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; entries: ExampleEntry[] };

interface ExamplesMenuProps {
  onOpen: (plan: Plan, message: string) => void;
  onError: (message: string) => void;
}

/** "Start from an example": a disclosure listing public/examples/index.json, loaded on first open. */
export function ExamplesMenu({ onOpen, onError }: ExamplesMenuProps) {
  const [open, setOpen] = useState(false);
  const [index, setIndex] = useState<IndexState>({ kind: 'idle' });
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const toggle = () => {
    setOpen(!open);
    if (!open && (index.kind === 'idle' || index.kind === 'failed')) {
      setIndex({ kind: 'loading' });
      fetchSameOrigin(EXAMPLES_INDEX).then(
        (text) => setIndex({ kind: 'loaded', entries: parseExampleIndex(text) }),
        () => setIndex({ kind: 'failed' }),
      );
    }
  };

  const choose = async (entry: ExampleEntry) => {
    setOpen(false);
    button.current?.focus();
    let text: string;
    try {
      text = await fetchSameOrigin(examplePath(entry));
    } catch {
      onError(ui.planFile.exampleFailed(entry.title));
      return;
    }
    const { readPlanText } = await import('./read-plan-text');
    const result = readPlanText(text, entry.file);
    if (result.ok) onOpen(result.plan, [ui.planFile.exampleOpened(entry.title), ...result.notes].join(' '));
    else onError(result.message);
  };

  return (
    <div
      className="menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button ref={button} type="button" className="button" aria-expanded={open} aria-controls={listId} onClick={toggle}>
        {ui.planFile.examples}
        <span className="menu-caret" aria-hidden="true" />
      </button>
      <div className="menu-panel" id={listId} hidden={!open}>
        {index.kind === 'loading' ? <p className="menu-note">{ui.planFile.examplesLoading}</p> : null}
        {index.kind === 'failed' ? <p className="menu-note">{ui.planFile.examplesFailed}</p> : null}
        {index.kind === 'loaded' && index.entries.length === 0 ? <p className="menu-note">{ui.planFile.examplesEmpty}</p> : null}
        {index.kind === 'loaded' && index.entries.length > 0 ? (
          <ul className="menu-list">
            {index.entries.map((entry) => (
              <li key={entry.file}>
                <button type="button" className="menu-item" onClick={() => void choose(entry)}>
                  <span className="menu-item-title">{entry.title}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
