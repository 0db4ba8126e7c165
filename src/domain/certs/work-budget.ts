/**
 * How much key derivation one file may cost before the engine refuses to go on. Key
 * derivation is the one piece of work a file can make as large as it likes (a MAC of two
 * billion iterations, twenty keys of eight million, scrypt asking for gigabytes), and it
 * comes before any password is known to be right, so every file gets a budget of its own,
 * counted before each derivation starts: the work done on one file is bounded by these
 * numbers, not by a clock. Measured on a 2-core CI machine, each limit is a few seconds at
 * most; the files that tools write by default use a hundredth of it (OpenSSL 3: 2,048
 * iterations; Java keytool and Windows: 10,000 or fewer; scrypt N = 16,384, r = 8).
 */
export const FILE_WORK_LIMITS = {
  /** PBKDF2 (in WebCrypto), iterations × output blocks, summed over the file: ≈ 2.5 s. */
  'pbkdf2-iterations': 5_000_000,
  /** RFC 7292's PKCS#12 KDF (in JavaScript), hash iterations × output blocks: ≈ 1.5 s. */
  'pkcs12-kdf-iterations': 500_000,
  /** scrypt's memory for one derivation, 128 × N × r bytes (OpenSSL's own default stops at 32 MiB). */
  'scrypt-memory-bytes': 64 * 1024 * 1024,
  /** scrypt's work, N × r × p summed over the file: four keys of OpenSSL's defaults. */
  'scrypt-work': 4 * 16_384 * 8,
} as const;

export type WorkLimit = keyof typeof FILE_WORK_LIMITS;
export type WorkLimits = Readonly<Record<WorkLimit, number>>;

/** What one or more key derivations cost, in the units of each limit. */
export type WorkCost = Partial<Record<WorkLimit, number>>;

/** A limit that a cost would pass: which, how much it needs and how much the file may use. */
export interface WorkRefusal {
  limit: WorkLimit;
  needed: number;
  allowed: number;
}

export interface WorkBudget {
  /** Spends `cost` and answers null, or answers why not and spends nothing. */
  spend(cost: WorkCost): WorkRefusal | null;
  /** Whether `cost` would still fit, spending nothing (to refuse a file before any work). */
  check(cost: WorkCost): WorkRefusal | null;
  /** What has been spent so far, for the tests. */
  spent(): Readonly<Record<WorkLimit, number>>;
}

export function addCosts(...costs: WorkCost[]): WorkCost {
  const out: WorkCost = {};
  for (const cost of costs) {
    for (const [limit, n] of Object.entries(cost) as [WorkLimit, number][]) {
      // Memory is not summed: derivations run one after the other.
      out[limit] = limit === 'scrypt-memory-bytes' ? Math.max(out[limit] ?? 0, n) : (out[limit] ?? 0) + n;
    }
  }
  return out;
}

export function createWorkBudget(limits: WorkLimits = FILE_WORK_LIMITS): WorkBudget {
  const spent: Record<WorkLimit, number> = { 'pbkdf2-iterations': 0, 'pkcs12-kdf-iterations': 0, 'scrypt-memory-bytes': 0, 'scrypt-work': 0 };
  const check = (cost: WorkCost): WorkRefusal | null => {
    for (const [limit, n] of Object.entries(cost) as [WorkLimit, number][]) {
      const needed = limit === 'scrypt-memory-bytes' ? n : spent[limit] + n;
      if (!Number.isFinite(needed) || needed > limits[limit]) return { limit, needed, allowed: limits[limit] };
    }
    return null;
  };
  return {
    check,
    spend(cost) {
      const refused = check(cost);
      if (refused) return refused;
      for (const [limit, n] of Object.entries(cost) as [WorkLimit, number][]) {
        spent[limit] = limit === 'scrypt-memory-bytes' ? Math.max(spent[limit], n) : spent[limit] + n;
      }
      return null;
    },
    spent: () => ({ ...spent }),
  };
}
