import type { DeploymentModel } from '../../domain/catalog/models';
import type { DecodedFile } from '../../domain/certs/types';
import type { AssignmentOverrides } from '../../domain/inspect/evaluate';
import type { ShelfFile } from '../../domain/inspect/shelf';
import type { Plan } from '../../domain/plan/schema';
import { readFileWithinLimit, type FileLike } from '../../lib/read-file-within-limit';
import type { Inspector } from './inspector-client';
import { chooseRole, type RoleChoice } from './role-choice';
import type { WordedEvaluation, WordedFile } from './inspector-protocol';
import { MAX_FILE_BYTES, tooLargeFile } from './max-file-bytes';
import type { JudgedVerdicts } from './verdict-feed';
import { browserTimers, createVerdictSchedule, type Timers } from './verdict-schedule';

/** Why a file has no facts: the browser could not read it, or the inspector failed. */
export type EntryTrouble = 'unreadable' | 'inspect-failed';

export interface ShelfEntry {
  readonly id: string;
  readonly name: string;
  /** Null while the file is read and inspected, or when that failed (see `trouble`). */
  readonly decoded: DecodedFile | null;
  /** Its problems in words, in the order of `decoded.problems`. */
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
  // Files whose bytes the worker holds (and must forget); an oversized file never got there.
  const held = new Set<string>();
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
      // The worker judges certificates; the tokens typed into the plan are none of its business.
      const withoutTokens: Plan = { ...plan, secrets: { enrollmentToken: '', serviceToken: '' } };
      const result = await inspector().evaluate(withoutTokens, readable.map((f) => f.id), state.overrides, at);
      if (run === evaluationRun) set({ evaluation: { result, model: plan.model } });
    } catch {
      if (run === evaluationRun) set({ evaluation: null });
    }
  }

  const facts = ({ decoded, problemTexts }: WordedFile): Partial<ShelfEntry> => ({ decoded, problemTexts });

  async function inspect(id: string, file: FileLike) {
    const read = await readFileWithinLimit(file, MAX_FILE_BYTES);
    if (read.kind === 'too-large') return void update(id, facts(tooLargeFile(file.name, read.size)));
    if (read.kind === 'unreadable') return void update(id, { trouble: 'unreadable' });
    held.add(id);
    try {
      const worded = await inspector().decode(id, file.name, read.bytes);
      // Removed while it was being read: the worker holds its bytes, so let it drop them.
      if (!update(id, facts(worded))) forget(id);
    } catch {
      update(id, { trouble: 'inspect-failed' });
    }
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
      const added = files.map((file) => ({ file, entry: { id: `file-${++nextId}`, name: file.name, decoded: null, problemTexts: [], trouble: null, unlocking: false } }));
      // Start the inspector before the render that shows the files: it loads meanwhile.
      // A file the page refuses for its size never needs it.
      if (files.some((f) => f.size <= MAX_FILE_BYTES)) inspector().prepare();
      set({ entries: [...state.entries, ...added.map((a) => a.entry)], open: true });
      return Promise.all(added.map(({ file, entry }) => inspect(entry.id, file))).then(() => undefined);
    },

    async unlock(id: string, password: string): Promise<void> {
      if (!update(id, { unlocking: true })) return;
      try {
        update(id, { ...facts(await inspector().unlock(id, password)), unlocking: false });
      } catch {
        update(id, { trouble: 'inspect-failed', unlocking: false });
      }
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
