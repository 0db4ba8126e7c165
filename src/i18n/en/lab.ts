import type { LabProblem } from '../../domain/lab/lab-spec';
import type { LabReadme } from '../../domain/lab/lab-tree';

/** The lab PKI's words: its README (CLI and browser ZIP alike) and the problems of its options. */
export const labWords = {
  readme: (data: LabReadme): string =>
    [
      'A lab PKI made by Fleet TLS Wizard for this plan. For labs only: these CAs are not to be trusted in production.',
      `The CA keys are in ca/ (${data.caKeys.join(', ')}): keep them off the hosts.`,
      '',
      'Each host folder holds every file that host needs. Each file, and where the plan’s commands read it:',
      ...data.files.map((f) => `  ${f.file}${f.paths.length > 0 ? ` -> ${f.paths.join(', ')}` : ''}`),
      ...(data.passphrases.length > 0
        ? [
            '',
            'Encrypted keys, and the passphrase file that opens each (the passphrase alone, no newline):',
            ...data.passphrases.map((p) => `  ${p.key}: ${p.passphraseFile}`),
          ]
        : []),
      '',
    ].join('\n'),
  problem: (p: LabProblem): string => {
    switch (p.code) {
      case 'agent-hosts-empty':
        return 'No agent host was named.';
      case 'agent-hosts-too-many':
        return `${p.params.count} agent hosts were named; a lab takes at most ${p.params.max}.`;
      case 'agent-host-invalid':
        return `“${p.params.host}” is neither a DNS name (letters, digits, hyphens, dots; no wildcard) nor an IP address.`;
      case 'agent-host-duplicate':
        return `“${p.params.host}” is named twice.`;
    }
  },
};
