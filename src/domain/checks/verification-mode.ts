import type { CertificateFacts } from '../certs/types';
import { fullModeCoversHost } from './full-mode-covers-host';
import { sanCoversHost, type SanCoverage } from '../certs/san-covers-host';

/**
 * elastic-agent-libs' `ssl.verification_mode` (transport/tlscommon/types.go l.142–152):
 * `full` is the zero value and what an unset or empty mode unpacks to (l.171–179).
 */
export type VerificationMode = 'full' | 'strict' | 'certificate' | 'none';

/**
 * The mode of the connections the plan configures. The plan has no setting for it, so
 * every agent and Fleet Server connection runs libs' default. (The Fleet Server host's
 * own agent runs `certificate` on localhost:8221: its leg says so, `hostnameChecked`.)
 */
export const PLAN_VERIFICATION_MODE: VerificationMode = 'full';

export type HostCheck = (cert: CertificateFacts, host: string) => SanCoverage;

/**
 * How a mode matches the server certificate to the host dialled (tls_config.go
 * makeVerifyConnection l.257–330), or null where it does not:
 * - `full`: Go's chain check, then libs' own verifyHostname (l.385–428), which falls back
 *   to the Common Name when the certificate has no DNS SANs;
 * - `strict`: Go's own verifier (InsecureSkipVerify false), which never reads the CN;
 * - `certificate`, `none`: no host check.
 */
export function hostCheckOf(mode: VerificationMode): HostCheck | null {
  switch (mode) {
    case 'full':
      return fullModeCoversHost;
    case 'strict':
      return sanCoversHost;
    case 'certificate':
    case 'none':
      return null;
  }
}
