/** The parts of a drag event the page-wide drop target reads. */
interface DragLike {
  readonly dataTransfer: { readonly types: readonly string[]; readonly files?: ArrayLike<File> | null } | null;
  preventDefault(): void;
}

export interface FileDropHandlers {
  /** Files were dropped anywhere on the target. */
  onFiles: (files: File[]) => void;
  /** Files are being dragged over the target (true), or left it or were dropped (false). */
  onDragging?: (dragging: boolean) => void;
}

const carriesFiles = (e: DragLike) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Lets files be dropped anywhere on `target` (the document). Drags of text (into a
 * textarea, say) are left to the browser; a file dropped outside a drop zone no longer
 * makes the browser open it in place of the app. Returns the function that stops listening.
 */
export function listenForFileDrops(target: EventTarget, { onFiles, onDragging }: FileDropHandlers): () => void {
  let depth = 0;
  const enter = (event: Event) => {
    const e = event as unknown as DragLike;
    if (!carriesFiles(e)) return;
    depth += 1;
    if (depth === 1) onDragging?.(true);
  };
  const leave = (event: Event) => {
    if (!carriesFiles(event as unknown as DragLike)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) onDragging?.(false);
  };
  const over = (event: Event) => {
    const e = event as unknown as DragLike;
    if (carriesFiles(e)) e.preventDefault();
  };
  const drop = (event: Event) => {
    const e = event as unknown as DragLike;
    if (!carriesFiles(e)) return;
    e.preventDefault();
    depth = 0;
    onDragging?.(false);
    const files = Array.from(e.dataTransfer?.files ?? []);
    if (files.length > 0) onFiles(files);
  };
  const listeners: [string, (e: Event) => void][] = [
    ['dragenter', enter],
    ['dragleave', leave],
    ['dragover', over],
    ['drop', drop],
  ];
  for (const [type, fn] of listeners) target.addEventListener(type, fn);
  return () => {
    for (const [type, fn] of listeners) target.removeEventListener(type, fn);
  };
}
