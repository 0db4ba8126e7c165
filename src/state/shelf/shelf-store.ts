import type { DeploymentModel } from '../../domain/catalog/models';
import type { DecodedFile } from '../../domain/certs/types';
import type { AssignmentOverrides } from '../../domain/verdict/evaluate';
import type { InspectRole, ShelfFile } from '../../domain/inspect/shelf';
import type { Plan } from '../../domain/plan/schema';
import { readFileWithinLimit, type FileLike } from '../../lib/read-file-within-limit';
import { InspectorRestarted, type Inspector } from '../inspector/inspector-client';
import { chooseRole, type RoleChoice } from './role-choice';
import { wordEvaluation, wordFile, type WordedEvaluation } from '../inspector/word-results';
import { MAX_FILE_BYTES, tooLargeFile } from './max-file-bytes';
import type { JudgedVerdicts } from './verdict-feed';
import { browserTimers, createVerdictSchedule, type Timers } from './verdict-schedule';

/** Why a file has no facts: the browser could not read it, the inspector failed, or the user stopped it. */
export type EntryTrouble = 'unreadable' | 'inspect-failed' | 'stopped';

export interface ShelfEntry {
  readonly id: string;
  readonly name: string;
  /** Null while the file is read and inspected, or when that failed (see `trouble`). */
  readonly decoded: DecodedFile | null;
  /** Its problems in words, in the order of `decoded.problems` (worded by the page, ADR 3). */
  readonly problemTexts: readonly string[];
  readonly trouble: EntryTrouble | null;
  /** A password is being tried on it. */
  readonly unlocking: boolean;
}

export interface ShelfEvaluation {
  readonly result: WordedEvaluation;
  /** The model of the plan judged: diagrams of the other models stay uncoloured. */
  readonly model: DeploymentModel;
}

/** The files the user brought, as facts only (bytes stay in the worker), and the verdicts. */
export interface ShelfState {
  readonly entries: readonly ShelfEntry[];
  /** The user's role choices, over the evidence-based ones. */
  readonly overrides: AssignmentOverrides;
  /** Files the user marked "not used": left out of the evidence, so their roles stay open to other files. */
  readonly unused: readonly string[];
  readonly evaluation: ShelfEvaluation | null;
  /** The "Certificate and key files" panel is open. */
  readonly open: boolean;
}

export const isReading = (e: ShelfEntry) => e.decoded === null && e.trouble === null;

export function shelfFiles(state: ShelfState): ShelfFile[] {
  return state.entries.flatMap((e) => (e.decoded && !state.unused.includes(e.id) ? [{ id: e.id, decoded: e.decoded }] : []));
}

/** The verdicts as the diagrams read them (./verdict-feed.ts), from an evaluation. */
export function judgedVerdicts(evaluation: ShelfEvaluation | null): JudgedVerdicts | null {
  if (!evaluation) return null;
  const legs = evaluation.result.legs;
  return {
    model: evaluation.model,
    verdicts: Object.fromEntries(legs.map((l) => [l.id, l.verdict])),
    names: Object.fromEntries(legs.map((l) => [l.id, l.name])),
  };
}

/** A file to add whose roles are known, and the password that opens it if any. */
export interface KnownFile {
  readonly file: FileLike;
  readonly roles: readonly InspectRole[];
  readonly password?: string;
}

export interface ShelfStoreOptions {
  /** Where the store publishes each new set of verdicts (the diagrams' feed). */
  readonly publish?: (verdicts: JudgedVerdicts | null) => void;
  readonly timers?: Timers;
  readonly now?: () => Date;
}

/** What a judgement reads of the shelf: replaced whenever the files, role choices or "not used" marks change. */
interface JudgedFiles {
  readonly entries: ShelfState['entries'];
  readonly overrides: ShelfState['overrides'];
  readonly unused: ShelfState['unused'];
}

/**
 * The certificate shelf, outside React so that the panel, the Certificates step and the
 * diagrams read the same files wherever they sit in the page. Never persisted. It decides
 * itself when to judge (./verdict-schedule.ts): the page only tells it the plan.
 */
export function createShelfStore(inspector: () => Inspector, options: ShelfStoreOptions = {}) {
  const { publish = () => {}, timers = browserTimers, now = () => new Date() } = options;
  let state: ShelfState = { entries: [], overrides: {}, unused: [], evaluation: null, open: false };
  const listeners = new Set<() => void>();
  let nextId = 0;
  let evaluationRun = 0;
  // While a worker started afresh is given the files again (see `stop`): settles then.
  let restoring: Promise<void> | null = null;
  // Files whose bytes the worker holds (and must forget); an oversized file never got there.
  // Each one's source, so that a worker started afresh can be given them again.
  const held = new Map<string, FileLike>();
  let plan: Plan | null = null;
  let files: JudgedFiles = state;
  const schedule = createVerdictSchedule<Plan, JudgedFiles>((inputs) => void evaluate(inputs.plan, now()), timers);
  const reschedule = () => {
    if (plan) schedule.update({ plan, files, reading: state.entries.some(isReading) });
  };

  const set = (next: Partial<ShelfState>) => {
    const before = state;
    state = { ...state, ...next };
    if (state.evaluation !== before.evaluation) publish(judgedVerdicts(state.evaluation));
    for (const listener of listeners) listener();
    if (state.entries !== files.entries || state.overrides !== files.overrides || state.unused !== files.unused) {
      files = { entries: state.entries, overrides: state.overrides, unused: state.unused };
      reschedule();
    }
  };
  const update = (id: string, change: Partial<ShelfEntry>) => {
    if (!state.entries.some((e) => e.id === id)) return false;
    set({ entries: state.entries.map((e) => (e.id === id ? { ...e, ...change } : e)) });
    return true;
  };

  const forget = (id: string) => {
    if (held.delete(id)) inspector().forget(id);
  };

  /** Judges every connection of `plan` in the worker; an answer overtaken by a newer request is dropped. */
  async function evaluate(plan: Plan, at: Date): Promise<void> {
    const run = ++evaluationRun;
    const readable = shelfFiles(state);
    // Nothing readable yet: nothing to judge, and no reason to wake the worker.
    if (!readable.some((f) => f.decoded.items.length > 0)) {
      if (state.evaluation) set({ evaluation: null });
      return;
    }
    try {
      // A worker started afresh judges once it holds the files again (see `stop`).
      if (restoring) await restoring;
      // The worker judges certificates; the tokens typed into the plan are none of its business.
      const withoutTokens: Plan = { ...plan, secrets: { enrollmentToken: '', serviceToken: '' } };
      const result = await inspector().evaluate(
        withoutTokens,
        readable.map((f) => f.id),
        state.overrides,
        at,
      );
      if (run === evaluationRun) set({ evaluation: { result: wordEvaluation(result), model: plan.model } });
    } catch {
      if (run === evaluationRun) set({ evaluation: null });
    }
  }

  const facts = (decoded: DecodedFile): Partial<ShelfEntry> => wordFile(decoded);

  async function inspect(id: string, file: FileLike, password?: string) {
    const read = await readFileWithinLimit(file, MAX_FILE_BYTES);
    if (read.kind === 'too-large') return void update(id, facts(tooLargeFile(file.name, read.size)));
    if (read.kind === 'unreadable') return void update(id, { trouble: 'unreadable' });
    // Stopped before its bytes were read: it stays unread.
    if (state.entries.find((e) => e.id === id)?.trouble === 'stopped') return;
    held.set(id, file);
    try {
      const decoded = await inspector().decode(id, file.name, read.bytes, password);
      // Removed while it was being read: the worker holds its bytes, so let it drop them.
      if (!update(id, facts(decoded))) forget(id);
    } catch (error) {
      // Stopped: `stop` says what became of this file.
      if (!(error instanceof InspectorRestarted)) update(id, { trouble: 'inspect-failed' });
    }
  }

  /**
   * After the worker was restarted: each file it held goes back to the new one, with the
   * facts the page has (a file opened with a password stays open; no password is kept);
   * a file it was still reading is read again.
   */
  async function holdAgain(except: string | null) {
    const holds = state.entries.map(async (entry) => {
      const source = held.get(entry.id);
      if (!source || entry.id === except) return;
      if (!entry.decoded) return void inspect(entry.id, source);
      const read = await readFileWithinLimit(source, MAX_FILE_BYTES);
      if (read.kind !== 'bytes') return void update(entry.id, { trouble: 'unreadable', decoded: null });
      await inspector()
        .hold(entry.id, entry.name, read.bytes, entry.decoded)
        .catch(() => undefined);
    });
    await Promise.all(holds);
  }

  function addFiles(files: readonly KnownFile[]): Promise<void> {
    const added = files.map((known) => ({
      known,
      entry: { id: `file-${++nextId}`, name: known.file.name, decoded: null, problemTexts: [], trouble: null, unlocking: false },
    }));
    // Start the inspector before the render that shows the files: it loads meanwhile.
    // A file the page refuses for its size never needs it.
    if (files.some((f) => f.file.size <= MAX_FILE_BYTES)) inspector().prepare();
    const pins = Object.fromEntries(added.flatMap(({ known, entry }) => known.roles.map((role) => [role, entry.id])));
    set({
      entries: [...state.entries, ...added.map((a) => a.entry)],
      open: true,
      ...(Object.keys(pins).length > 0 ? { overrides: { ...state.overrides, ...pins } } : {}),
    });
    return Promise.all(added.map(({ known, entry }) => inspect(entry.id, known.file, known.password))).then(() => undefined);
  }

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    setOpen: (open: boolean) => set({ open }),
    /** Files are being dragged in or picked: start the inspector now, not when they land. */
    prepare: () => inspector().prepare(),
    setOverrides: (overrides: AssignmentOverrides) => set({ overrides }),
    /** A file's "Use as" choice: a role, or "not used" (kept out of the evidence altogether). */
    chooseRole(fileId: string, choice: RoleChoice) {
      const overrides = chooseRole(state.overrides, fileId, choice);
      const unused = state.unused.filter((id) => id !== fileId);
      set({ overrides, unused: choice === 'none' ? [...unused, fileId] : unused });
    },

    /** Reads and inspects each file; each shows up at once and fills in when its facts arrive. */
    add(files: readonly FileLike[]): Promise<void> {
      return addFiles(files.map((file) => ({ file, roles: [] })));
    },

    /**
     * Files whose roles are known (a lab made for the plan): each is pinned to its roles,
     * as the user's "Use as" would, and an encrypted key is opened with its passphrase.
     */
    addKnown(files: readonly KnownFile[]): Promise<void> {
      return addFiles(files);
    },

    async unlock(id: string, password: string): Promise<void> {
      if (!update(id, { unlocking: true })) return;
      try {
        // A worker started afresh knows the file once it is given it again (see `stop`).
        if (restoring) await restoring;
        update(id, { ...facts(await inspector().unlock(id, password)), unlocking: false });
      } catch (error) {
        if (!(error instanceof InspectorRestarted)) update(id, { trouble: 'inspect-failed', unlocking: false });
      }
    },

    /**
     * Stops reading (or opening) a file, which only stopping the worker can do in the
     * middle of a key derivation; the other files keep their facts and go to the new
     * worker. A file being read is left unread; one being opened stays as it was, closed.
     */
    async stop(id: string): Promise<void> {
      const entry = state.entries.find((e) => e.id === id);
      if (!entry || !(isReading(entry) || entry.unlocking)) return;
      inspector().restart();
      // The verdicts asked of the stopped worker are not lost: the new one is asked again,
      // once it holds the files.
      evaluationRun++;
      // A file stopped while opening goes back too, for another try; one stopped while read does not.
      const restored = holdAgain(entry.decoded ? null : id).finally(() => {
        if (restoring === restored) restoring = null;
      });
      restoring = restored;
      if (entry.decoded) {
        update(id, { unlocking: false });
      } else {
        held.delete(id);
        update(id, { trouble: 'stopped' });
      }
      await restored;
    },

    remove(id: string) {
      if (!state.entries.some((e) => e.id === id)) return;
      const overrides = Object.fromEntries(Object.entries(state.overrides).filter(([, file]) => file !== id));
      const entries = state.entries.filter((e) => e.id !== id);
      const unused = state.unused.filter((u) => u !== id);
      set({ entries, overrides, unused, ...(entries.length === 0 ? { evaluation: null } : {}) });
      forget(id);
    },

    /** Judges every connection of `plan` in the worker now (the schedule calls this itself). */
    evaluate,
    /** The plan changed: judged once the typing settles (see ./verdict-schedule.ts). */
    setPlan(next: Plan) {
      plan = next;
      reschedule();
    },
  };
}
