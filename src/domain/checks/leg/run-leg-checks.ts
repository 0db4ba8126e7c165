import type { LegEvidence } from '../../inspect/leg-evidence';
import type { Finding } from '../finding';
import { caIsCa } from './ca-is-ca';
import { certOrder } from './cert-order';
import { certValidity } from './cert-validity';
import { chainVerifies } from './chain-verifies';
import { clientSanCoversSni } from './client-san-covers-sni';
import { defendRsa } from './defend-rsa';
import { ekuAllowsPurpose } from './eku-allows-purpose';
import { filesMissing } from './files-missing';
import { filesUnusable } from './files-unusable';
import { fingerprintInChain } from './fingerprint-in-chain';
import { keyMatches } from './key-matches';
import { keyPassphrase } from './key-passphrase';
import type { LegCheck, LegCheckContext } from './leg-check';
import { sanCoversDials } from './san-covers-dials';
import { unusedExpired } from './unused-expired';
import { weakKeys } from './weak-keys';

/** The registry of per-connection rules, in the order their findings are listed. */
export const LEG_CHECKS: readonly LegCheck[] = [
  filesUnusable,
  certOrder,
  chainVerifies,
  sanCoversDials,
  clientSanCoversSni,
  ekuAllowsPurpose,
  certValidity,
  keyMatches,
  keyPassphrase,
  caIsCa,
  fingerprintInChain,
  defendRsa,
  weakKeys,
  unusedExpired,
  filesMissing,
];

export function runLegChecks(evidence: LegEvidence, ctx: LegCheckContext): Finding[] {
  return LEG_CHECKS.flatMap((check) => check(evidence, ctx));
}
