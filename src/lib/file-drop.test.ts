import { describe, expect, test } from 'vitest';
import { listenForFileDrops } from './file-drop';

/** A drag event as the browser sends it, carrying files or text. */
function dragEvent(type: string, carries: 'Files' | 'text/plain', files: File[] = []) {
  const event = new Event(type, { cancelable: true }) as Event & { dataTransfer: unknown };
  event.dataTransfer = { types: [carries], files };
  return event;
}

function setup() {
  const target = new EventTarget();
  const dropped: string[][] = [];
  const dragging: boolean[] = [];
  const stop = listenForFileDrops(target, { onFiles: (f) => dropped.push(f.map((x) => x.name)), onDragging: (d) => dragging.push(d) });
  return { target, dropped, dragging, stop };
}

describe('listenForFileDrops', () => {
  test('files dropped anywhere are handed over, and the browser does not open them', () => {
    const { target, dropped, dragging } = setup();
    const a = new File(['x'], 'a.pem');
    const b = new File(['y'], 'b.key');
    const over = dragEvent('dragover', 'Files');
    target.dispatchEvent(dragEvent('dragenter', 'Files'));
    target.dispatchEvent(over);
    const drop = dragEvent('drop', 'Files', [a, b]);
    target.dispatchEvent(drop);
    expect(over.defaultPrevented).toBe(true);
    expect(drop.defaultPrevented).toBe(true);
    expect(dropped).toEqual([['a.pem', 'b.key']]);
    expect(dragging).toEqual([true, false]);
  });

  test('dragging text (into a text field) is left to the browser', () => {
    const { target, dropped, dragging } = setup();
    const over = dragEvent('dragover', 'text/plain');
    const drop = dragEvent('drop', 'text/plain');
    target.dispatchEvent(dragEvent('dragenter', 'text/plain'));
    target.dispatchEvent(over);
    target.dispatchEvent(drop);
    expect([over.defaultPrevented, drop.defaultPrevented]).toEqual([false, false]);
    expect(dropped).toEqual([]);
    expect(dragging).toEqual([]);
  });

  test('moving over child elements keeps the drag state until the pointer leaves the page', () => {
    const { target, dragging } = setup();
    target.dispatchEvent(dragEvent('dragenter', 'Files'));
    target.dispatchEvent(dragEvent('dragenter', 'Files'));
    target.dispatchEvent(dragEvent('dragleave', 'Files'));
    expect(dragging).toEqual([true]);
    target.dispatchEvent(dragEvent('dragleave', 'Files'));
    expect(dragging).toEqual([true, false]);
  });

  test('stops listening when told', () => {
    const { target, dropped, stop } = setup();
    stop();
    target.dispatchEvent(dragEvent('drop', 'Files', [new File(['x'], 'late.pem')]));
    expect(dropped).toEqual([]);
  });
});
