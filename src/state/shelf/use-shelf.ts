import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { Plan } from '../../domain/plan/schema';
import { listenForFileDrops } from '../../lib/file-drop';
import { getInspector } from '../inspector/inspector-client';
import { createShelfStore, type ShelfState } from './shelf-store';
import { publishVerdicts } from './verdict-feed';

/** The "Certificate and key files" panel, for links and focus. */
export const SHELF_ID = 'certificate-shelf';
export const FILES_HEADING_ID = 'shelf-files-title';

/**
 * The page's one shelf. The worker behind it starts when files are on their way (dragged
 * over the page, or the file picker opened), or with the first file; not before.
 */
export const shelf = createShelfStore(getInspector, { publish: publishVerdicts });

export function useShelf(): ShelfState {
  return useSyncExternalStore(shelf.subscribe, shelf.getState);
}

/**
 * Tells the shelf the plan, in the same task as the render that shows it (a layout effect):
 * the shelf decides when to judge (./verdict-schedule.ts).
 */
export function useShelfPlan(plan: Plan): void {
  useLayoutEffect(() => shelf.setPlan(plan), [plan]);
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
