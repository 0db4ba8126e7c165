import { shelfUi } from '#words/ui-certificates';
import { shelf, SHELF_ID } from '../../state/shelf/use-shelf';
import { showCertTools } from '../../state/cert-tools/cert-tools-store';

const words = shelfUi;

/** Opens "Certificate and key files" and takes the user there. */
export function showShelf(): void {
  shelf.setOpen(true);
  const panel = document.getElementById(SHELF_ID);
  panel?.focus({ preventScroll: true });
  panel?.scrollIntoView({ block: 'start' });
}

/** From a wizard step: opens "Certificate and key files" and takes the user there. */
export function OpenShelfButton() {
  return (
    <div className="open-shelf">
      <button type="button" className="button" onClick={showShelf}>
        {words.openFromStep}
      </button>
      <p className="field-description">{words.openFromStepHint}</p>
      <button type="button" className="button" onClick={() => showCertTools()}>
        {words.openTools}
      </button>
      <p className="field-description">{words.openToolsHint}</p>
    </div>
  );
}
