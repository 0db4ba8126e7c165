import { useId, useRef } from 'react';
import { shelfUi } from '#words/ui-certificates';
import { shelf } from '../../state/shelf/use-shelf';

const words = shelfUi.dropZone;

/**
 * Where files go in. Dropping works anywhere on the page (see usePageFileDrop); by
 * keyboard, the button opens the file picker, a labelled file input for several files.
 */
export function DropZone() {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <div className="drop-zone">
      <p className="drop-zone-title">{words.title}</p>
      <p className="drop-zone-formats" id={`${id}-formats`}>
        {words.formats}
      </p>
      <button
        type="button"
        className="button"
        aria-describedby={`${id}-formats`}
        onClick={() => {
          // The picker stays open for seconds: time enough to start the reader.
          shelf.prepare();
          input.current?.click();
        }}
      >
        {words.choose}
      </button>
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        {words.inputLabel}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="file"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Reset, so that choosing the same file again adds it again.
          e.target.value = '';
          if (files.length > 0) void shelf.add(files);
        }}
      />
    </div>
  );
}
