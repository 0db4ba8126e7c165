import type { ChainStatus } from '../../certs/types';
import type { Side } from '../../inspect/leg-evidence';
import type { Finding, FindingSide } from '../finding';
import { MAX_SIGNATURE_CHECKS } from '../../certs/verify-chain';
import type { LegCheck } from './leg-check';

/** The codes of a chain that does not verify, which share their parameters. */
type ChainCode = 'chain-unknown-authority' | 'chain-bad-signature' | 'chain-issuer-not-ca' | 'chain-incompatible-usage' | 'chain-weak-signature';

const CODE: Partial<Record<ChainStatus, ChainCode>> = {
  'unknown-authority': 'chain-unknown-authority',
  'bad-signature': 'chain-bad-signature',
  'issuer-not-ca': 'chain-issuer-not-ca',
  'incompatible-usage': 'chain-incompatible-usage',
  'weak-signature': 'chain-weak-signature',
  // Expired and not-yet-valid certificates are reported, with dates, by certValidity.
};

/**
 * The presented certificate, with the intermediates its file sends, must chain to a CA
 * the other side trusts: otherwise "x509: certificate signed by unknown authority"
 * (tls-errors.md X1) or one of its cousins (X2, X8, X12, X20).
 */
export const chainVerifies: LegCheck = (e) => {
  const sides: readonly { readonly name: FindingSide; readonly side: Side | null }[] = [
    { name: 'server', side: e.server },
    { name: 'client', side: e.client },
  ];
  return sides.flatMap(({ name, side }): Finding[] => {
    if (!side?.chain || !side.presented || !side.trusted) return [];
    if (side.chain.limitReached) {
      // Go gave up, as the engine did: "x509: signature check attempts limit reached while verifying certificate chain".
      return [
        {
          code: 'chain-search-limit',
          severity: 'error',
          leg: e.leg.id,
          roles: [side.presented.role, side.trusted.role],
          params: { side: name, file: side.presented.file, caFile: side.trusted.file ?? '', checks: MAX_SIGNATURE_CHECKS },
        },
      ];
    }
    if (side.chain.status === 'unknown-authority' && side.missingIntermediateFile) {
      return [
        {
          code: 'chain-missing-intermediate',
          severity: 'error',
          leg: e.leg.id,
          roles: [side.presented.role],
          params: { side: name, file: side.presented.file, intermediateFile: side.missingIntermediateFile },
        },
      ];
    }
    const code = CODE[side.chain.status];
    if (!code) return [];
    const ekuOwn = side.presented.leaf.extendedKeyUsage;
    // The leaf's own extended key usage is reported, with what it has, by ekuAllowsPurpose.
    if (code === 'chain-incompatible-usage' && ekuOwn.length > 0 && !ekuOwn.includes(side.purpose)) return [];
    return [
      {
        code,
        severity: 'error',
        leg: e.leg.id,
        roles: [side.presented.role, side.trusted.role],
        params: {
          side: name,
          file: side.presented.file,
          caFile: side.trusted.file ?? '',
          subject: side.presented.leaf.subject,
          issuer: side.presented.leaf.issuer,
          betterCaFile: side.betterCaFile ?? '',
          purpose: side.purpose,
        },
      },
    ];
  });
};
