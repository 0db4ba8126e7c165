import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Plan } from '../../domain/plan/schema';
import { listenForFileDrops } from '../../lib/file-drop';
import { getInspector } from './inspector-client';
import { createShelfStore, isReading, type ShelfState } from './shelf-store';
import { publishVerdicts } from './verdict-feed';

/** The "Certificate and key files" panel, for links and focus. */
export const SHELF_ID = 'certificate-shelf';
export const FILES_HEADING_ID = 'shelf-files-title';

/**
 * The page's one shelf. The worker behind it starts when files are on their way (dragged
 * over the page, or the file picker opened), or with the first file; not before.
 */
export const shelf = createShelfStore(getInspector);

// The diagrams follow the verdicts through a small feed of their own.
let published: ShelfState['evaluation'] = null;
shelf.subscribe(() => {
  const { evaluation } = shelf.getState();
  if (evaluation === published) return;
  published = evaluation;
  const legs = evaluation?.result.legs ?? [];
  publishVerdicts(
    evaluation && {
      model: evaluation.model,
      verdicts: Object.fromEntries(legs.map((l) => [l.id, l.verdict])),
      names: Object.fromEntries(legs.map((l) => [l.id, l.name])),
    },
  );
});

export function useShelf(): ShelfState {
  return useSyncExternalStore(shelf.subscribe, shelf.getState);
}

/** Typing in the plan waits this long before the worker judges again; new files do not wait. */
const PLAN_SETTLE_MS = 150;

/**
 * Keeps the verdicts current: re-judges in the worker when the plan, the files or the
 * role choices change, once no file is still being read. New files and role choices are
 * judged in the same task as the render that shows them (a layout effect, no timer), so
 * the request does not wait for a paint; typing in the plan settles first.
 */
export function useShelfEvaluation(plan: Plan, state: ShelfState): void {
  const judgedPlan = useRef<Plan | null>(null);
  const { entries, overrides } = state;
  useLayoutEffect(() => {
    if (entries.some(isReading)) return;
    const judge = () => {
      judgedPlan.current = plan;
      void shelf.evaluate(plan, new Date());
    };
    if (judgedPlan.current === null || judgedPlan.current === plan) return void judge();
    const timer = setTimeout(judge, PLAN_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [plan, entries, overrides]);
}

/**
 * Files dropped anywhere on the page go to the shelf; true while files are dragged over
 * it. A drag of files starts the inspector, so that it is ready when they land.
 */
export function usePageFileDrop(): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(
    () =>
      listenForFileDrops(document, {
        onFiles: (files) => void shelf.add(files),
        onDragging: (on) => {
          setDragging(on);
          if (on) shelf.prepare();
        },
      }),
    [],
  );
  return dragging;
}
