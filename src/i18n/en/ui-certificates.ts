import { count, plural } from './locale';
/**
 * The words of the "Certificate and key files" panel. Part of the interface catalogue
 * (./ui.ts), kept in its own module because only the panel's chunks import it: the
 * panel loads after the first screen, and so do its words (ADR 3, first-load budget).
 * The verdict words the diagrams need from step 1 on stay in ./ui.ts.
 */
export const shelfUi = {
  title: 'Certificate and key files',
  count: (n: number) => plural(n, { one: '1 file', other: `${count(n)} files` }),
  closedHint: 'Check the certificate files you have against this plan: open this panel, or drop them anywhere on the page.',
  intro:
    'Drop, choose or paste certificates and keys to check them against this plan. They are read in this browser only: nothing is uploaded, saved or logged.',
  openFromStep: 'Check your certificate files against this plan',
  openFromStepHint:
    'Drop them anywhere on the page, or open “Certificate and key files”. Every connection gets a verdict, and assigned files can fill in the choices below.',
  openTools: 'No certificates yet? Make a lab set, or ask your PKI',
  openToolsHint:
    'Every certificate this plan needs, made in this browser for a lab, or exactly what to ask for in production; and conversions to PEM and PKCS#8.',
  dropZone: {
    title: 'Drop files here, or anywhere on the page',
    formats: 'PEM with one or many blocks, DER (.der, .cer, .crt), PKCS#12 (.p12, .pfx), private keys (encrypted or not).',
    choose: 'Choose files…',
    inputLabel: 'Certificate and key files to check',
    dragging: 'Drop the files to check them',
  },
  paste: {
    summary: 'Paste PEM text',
    label: 'PEM text',
    description: 'Certificates or keys, from -----BEGIN to -----END; several blocks are fine.',
    add: 'Check the pasted text',
    fileName: (n: number) => `pasted-${n}.pem`,
  },
  files: {
    title: 'Files',
    reading: 'Reading…',
    trouble: {
      unreadable: 'The browser could not read this file. Choose it again.',
      'inspect-failed': 'The certificate reader failed on this file. Remove it and add it again, or reload the page.',
      stopped: 'Reading this file was stopped. Remove it, or add it again to read it again.',
    },
    // Stopping restarts the certificate reader; the other files stay, with their facts.
    stop: 'Stop',
    stopReadingLabel: (name: string) => `Stop reading ${name}`,
    stopOpeningLabel: (name: string) => `Stop opening ${name}`,
    containers: { pem: 'PEM', der: 'DER', pkcs12: 'PKCS#12', unknown: 'not readable' },
    remove: 'Remove',
    removeLabel: (name: string) => `Remove ${name}`,
    playsLabel: 'Used as:',
    notUsed: 'Not used by this plan.',
    useAs: 'Use as',
    // The other ends' certificates; the plan's own roles use the Certificates step's labels.
    serverRoles: {
      esServerCert: 'Elasticsearch’s HTTP certificate',
      logstashServerCert: 'Logstash’s certificate',
      proxyServerCert: 'Your proxy’s certificate',
    },
    useAsHidden: (name: string) => `Use ${name} as`,
    none: 'not used',
    showMore: (n: number) => `Show ${n} more`,
    noItems: 'Nothing usable was found in this file.',
  },
  password: {
    label: (name: string) => `Password for ${name}`,
    open: 'Open',
    opening: 'Opening…',
    wrong: (name: string) => `That password does not open ${name}. Try again; passwords are case-sensitive.`,
  },
  items: {
    certificate: 'Certificate',
    ca: 'CA certificate',
    key: 'Private key',
    details: 'Details',
  },
  facts: {
    subject: 'Subject',
    issuer: 'Issuer',
    serial: 'Serial number',
    validFrom: 'Valid from',
    validUntil: 'Valid until',
    sans: 'Subject alternative names',
    noSans: 'none: Go’s TLS, which Elastic Agent uses, accepts it for no host name',
    wildcard: 'wildcard',
    publicKey: 'Public key',
    signature: 'Signature algorithm',
    keyUsage: 'Key usage',
    eku: 'Extended key usage',
    ekuAny: 'not restricted (no extension)',
    none: 'none',
    isCa: 'CA',
    caYes: (pathLength: number | null) => (pathLength === null ? 'yes' : `yes, path length ${pathLength}`),
    caNo: 'no',
    fingerprint: 'SHA-256 fingerprint',
    fingerprintHint: 'as ssl.ca_trusted_fingerprint takes it',
    fingerprintColons: 'SHA-256 fingerprint, with colons',
    pin: 'Public key pin (SPKI SHA-256, base64)',
    pinHint: 'as --ca-sha256 and ssl.ca_sha256 take it',
    format: 'Format',
    algorithm: 'Algorithm',
    encrypted: 'Encrypted',
  },
  validity: {
    valid: (days: number) => plural(days, { one: '1 day left', other: `${count(days)} days left` }),
    expired: (days: number) => (days === 0 ? 'expired today' : plural(days, { one: 'expired 1 day ago', other: `expired ${count(days)} days ago` })),
    notYet: (days: number) => plural(days, { one: 'starts in 1 day', other: `starts in ${count(days)} days` }),
  },
  keyFormats: {
    pkcs8: 'PKCS#8',
    pkcs1: 'PKCS#1 (RSA PRIVATE KEY)',
    sec1: 'SEC1 (EC PRIVATE KEY)',
    'encrypted-pkcs8': 'Encrypted PKCS#8',
    'legacy-encrypted-pem': 'Encrypted PEM (legacy Proc-Type)',
  },
  keyEncrypted: { no: 'no', locked: 'yes; enter its passphrase to check it against its certificate', opened: 'yes, opened with its passphrase' },
  keyUnknown: 'unknown until opened',
  copy: 'Copy',
  copyLabel: (what: string) => `Copy the ${what}`,
  copied: 'Copied.',
  copyFailed: 'Copying was refused; select the text and copy it by hand.',
  legs: {
    title: 'Connections',
    checking: 'Checking…',
    waiting: 'The verdicts appear once a file has been read.',
    nothing: 'Nothing to report.',
    severity: { error: 'Error', warning: 'Warning', info: 'To do' },
    turnOnEncrypted: 'Turn on “key is encrypted”',
  },
  fillIns: {
    title: 'Use your files in the plan',
    fingerprint: (file: string) => `Fill in the CA trusted fingerprint from ${file}`,
    outputCa: (file: string) => `Fill in the output CA (inline PEM) from ${file}`,
    outputCert: (file: string) => `Fill in the output client certificate (inline PEM) from ${file}`,
    fill: 'Fill in',
    fileName: (role: string, value: string, from: string) =>
      value === from ? `Name the ${role} ${value}, as your file is called` : `Name the ${role} ${value}, converted from ${from}`,
    applied: (n: number) => `${plural(n, { one: '1 file name', other: `${count(n)} file names` })} in the plan now come from your files.`,
    convert: 'Convert it first (the runbook lists it too):',
  },
  announce: {
    files: (n: number, problems: number) =>
      `${plural(n, { one: '1 file', other: `${count(n)} files` })}${problems > 0 ? `, ${plural(problems, { one: '1 with a problem', other: `${count(problems)} with problems` })}` : ''}.`,
    reading: (n: number) => `Reading ${plural(n, { one: '1 file', other: `${count(n)} files` })}…`,
    legs: (parts: string) => `Connections: ${parts}.`,
    counts: {
      pass: (n: number) => plural(n, { one: '1 passes', other: `${count(n)} pass` }),
      warn: (n: number) => plural(n, { one: '1 passes with warnings', other: `${count(n)} pass with warnings` }),
      fail: (n: number) => plural(n, { one: '1 fails', other: `${count(n)} fail` }),
      incomplete: (n: number) => plural(n, { one: '1 needs more files', other: `${count(n)} need more files` }),
      'not-checked': (n: number) => `${n} not checked`,
    },
  },
} as const;
