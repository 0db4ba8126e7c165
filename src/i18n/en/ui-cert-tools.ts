import type { LabCaId } from '../../domain/lab/lab-spec';
import { count, plural } from './locale';
/**
 * The words of "Make, request or convert certificates": the tools for admins who have no
 * certificates yet, or not in the form the agent reads. Its own module: only the tools'
 * chunks import it, after the user opens them (ADR 3).
 */
export const certToolsUi = {
  title: 'Make, request or convert certificates',
  closedHint: 'No certificates yet, or not in the form the agent reads? Make a lab set for this plan, ask your PKI for the right ones, or convert a file.',
  tabsLabel: 'Certificate tools',
  tabs: { lab: 'Make a lab set', request: 'Ask your PKI', convert: 'Convert a file' },
  loading: 'Loading…',
  failed: 'This tool could not load. Reload the page; your answers are kept only in this tab.',
  lab: {
    labsOnly:
      'For labs and tests only. The CA made here signs whatever its key holder wants: anyone with this ZIP can make certificates your hosts trust. For production, ask your PKI (the next tab).',
    local: 'Keys are made in this browser and exist only in its memory and in the ZIP you download. Nothing is uploaded or saved.',
    needsTitle: 'What this plan needs',
    nothing: 'This plan needs no certificate of its own: Elastic Cloud presents publicly trusted ones, and the lab mode makes Fleet Server its own.',
    planProblems: 'Fix the plan first: the lab is made from its host names and file names.',
    columns: { names: 'Names (SANs)', usage: 'Presented as', signedBy: 'Signed by' },
    noNames: 'none needed',
    caNames: { lab: 'the lab CA', fleet: 'the Fleet Server CA', agent: 'the agent CA', elasticsearch: 'the Elasticsearch CA' } satisfies Record<
      LabCaId,
      string
    >,
    usage: { serverAuth: 'server certificate', clientAuth: 'client certificate' } as Record<string, string>,
    ca: 'CA',
    optionsTitle: 'Choices',
    cas: { legend: 'Certificate authorities', one: 'One lab CA for everything', perService: 'One CA each for Fleet Server, the agents and Elasticsearch' },
    keyType: {
      label: 'Key type',
      rsaNote: 'RSA keys take a few seconds each to make; you can cancel.',
      defendNote: 'Elastic Defend before 9.1 needs RSA: the agent certificates get RSA 2048 whatever is chosen here.',
    },
    days: { label: 'Valid for (days)', description: 'From 1 to 825 days.', invalid: 'Enter a whole number of days from 1 to 825.' },
    agents: {
      legend: 'Agent certificates',
      shared: 'One certificate shared by every agent',
      perHost: 'One certificate per agent host',
      hostsLabel: 'Agent host names',
      hostsDescription: 'One per line: DNS names or IP addresses. Each host gets its own folder in the ZIP.',
    },
    passphrase: {
      label: 'Passphrase of the encrypted keys',
      description:
        'The plan marks keys as encrypted. Leave empty to have one made up; it is written to the passphrase files in the ZIP, with no trailing newline.',
    },
    make: 'Make the lab set',
    making: (done: number, total: number) => `Making key pairs: ${count(done)} of ${count(total)}`,
    starting: 'Starting…',
    cancel: 'Cancel',
    cancelled: 'Cancelled. Nothing was kept.',
    failed: (reason: string) => `The lab could not be made: ${reason}`,
    made: (n: number) => plural(n, { one: 'Made 1 certificate.', other: `Made ${count(n)} certificates.` }),
    download: (name: string) => `Download ${name}`,
    check: 'Check them against this plan',
    checked: 'Added to “Certificate and key files”, each pinned to its role.',
    zipTitle: 'In the ZIP',
    zipHint: 'By host, under the names the commands use. README.txt says where each file goes.',
  },
};
