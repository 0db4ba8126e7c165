import type { Plan } from '../../domain/plan/schema';
import { shelfUi } from '#words/ui-certificates';
import { PanelSection } from '../../components/panel-section';
import { shelfAnnouncement } from './shelf-announcement';
import ShelfBody from './shelf-body';
import { shelf, SHELF_ID, useShelf, useShelfPlan, usePageFileDrop } from '../../state/shelf/use-shelf';
import './shelf.css';
import './files.css';
import './verdicts.css';

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
    <PanelSection
      id={SHELF_ID}
      className="shelf"
      open={state.open}
      onToggle={() => shelf.setOpen(!state.open)}
      title={
        <>
          {words.title}
          {count > 0 ? <span className="shelf-count">{words.count(count)}</span> : null}
        </>
      }
      hint={count === 0 ? words.closedHint : null}
      around={
        <>
          <p className="shelf-status" role="status">
            {shelfAnnouncement(state)}
          </p>
          {dragging ? (
            <div className="shelf-drop-overlay" aria-hidden="true">
              <p>{words.dropZone.dragging}</p>
            </div>
          ) : null}
        </>
      }
    >
      {() => <ShelfBody plan={plan} />}
    </PanelSection>
  );
}
