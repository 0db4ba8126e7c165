import type { Plan } from '../../domain/plan/schema';
import { shelfUi } from '#words/ui-certificates';
import { shelfAnnouncement } from './shelf-announcement';
import ShelfBody from './shelf-body';
import { shelf, SHELF_ID, useShelf, useShelfPlan, usePageFileDrop } from '../../state/shelf/use-shelf';
import './shelf.css';
import './files.css';
import './verdicts.css';

const BODY_ID = 'certificate-shelf-body';
const words = shelfUi;

/**
 * "Certificate and key files": a panel beside every step, loaded after the first screen.
 * Files dropped anywhere on the page land here and open it; the verdicts follow the plan
 * as it changes. Its body is rendered only while open.
 */
export default function CertificateShelf({ plan }: { plan: Plan }) {
  const state = useShelf();
  useShelfPlan(plan);
  const dragging = usePageFileDrop();
  const count = state.entries.length;
  return (
    <section className="shelf" id={SHELF_ID} aria-labelledby={`${SHELF_ID}-title`} tabIndex={-1}>
      <h2 className="shelf-title" id={`${SHELF_ID}-title`}>
        <button type="button" className="shelf-toggle" aria-expanded={state.open} aria-controls={BODY_ID} onClick={() => shelf.setOpen(!state.open)}>
          <span className="shelf-caret" aria-hidden="true" />
          {words.title}
          {count > 0 ? <span className="shelf-count">{words.count(count)}</span> : null}
        </button>
      </h2>
      {!state.open && count === 0 ? <p className="shelf-hint">{words.closedHint}</p> : null}
      <p className="shelf-status" role="status">
        {shelfAnnouncement(state)}
      </p>
      <div id={BODY_ID} hidden={!state.open}>
        {state.open ? <ShelfBody plan={plan} /> : null}
      </div>
      {dragging ? (
        <div className="shelf-drop-overlay" aria-hidden="true">
          <p>{words.dropZone.dragging}</p>
        </div>
      ) : null}
    </section>
  );
}
