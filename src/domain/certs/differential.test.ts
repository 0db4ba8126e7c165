/**
 * The engine against openssl, over every certificate and key the fixture script makes.
 * Each openssl run is one bash process looping over the files.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fullModeCoversHost } from '../checks/full-mode-covers-host';
import { AGENT_UNUSABLE_KEY_PROBLEMS } from '../inspect/file-usability';
import { bash, certificateOf, decodeFixture, loadManifest, readWithOpenssl, sections, sha256Base64, type OpensslView } from './fixtures.test-helper';
import { formatIp, parseIp } from './ip-address';
import { keyMatchesCertificate } from './key-matches-certificate';
import { certificatePem } from './pem-text';
import type { CertificateFacts, ChainStatus, PrivateKeyFacts } from './types';
import { verifyChain } from './verify-chain';

/** Where the engine (Go's semantics) and `openssl verify` deliberately disagree. */
export const OPENSSL_VERIFY_DIFFERENCES: readonly { leaf: string; engine: ChainStatus; openssl: ChainStatus; why: string }[] = [
  {
    leaf: 'weak-sha1.crt',
    engine: 'weak-signature',
    openssl: 'ok',
    why: 'Go (since 1.18) refuses SHA-1 signatures; OpenSSL 3.0 at its default security level still accepts them.',
  },
];

/**
 * Where the connection verdicts follow Elastic Agent and Fleet Server (Go's crypto/tls and
 * crypto/x509, elastic-agent-libs) and OpenSSL answers otherwise. Every entry is checked below.
 */
export const AGENT_OPENSSL_DIFFERENCES = {
  /** `verification_mode: full` (libs verifyHostname) against `openssl x509 -checkhost / -checkip`. */
  host: [
    {
      cert: 'verdict-cn-is-ip.crt',
      host: '10.0.0.5',
      agent: true,
      openssl: false,
      why: 'libs also accepts a Common Name that parses as the IP dialled (transport/tlscommon/tls_config.go l.402–407); OpenSSL -checkip reads IP SANs only.',
    },
  ],
  /** Keys OpenSSL opens that the agent cannot load. */
  keys: [
    {
      key: 'verdict-pbes1.key',
      problem: 'encrypted-key-agent-unsupported',
      why: 'PBES1 (pbeWithSHA1And3-KeyTripleDES-CBC) PKCS#8: openssl pkcs8 decrypts it; libs decrypts with elastic/youmark pkcs8, whose ParsePrivateKey refuses all but PBES2 ("pkcs8: only PBES2 supported", pkcs8.go l.150).',
    },
  ],
} as const;

/**
 * Certificates the engine refuses as malformed, and what `openssl x509` and Go's
 * crypto/x509 (the agent) make of them: the engine follows Go, except where Go would read
 * a certificate whose meaning depends on the reader (what comes after its key or its
 * extensions). Every other malformed fixture is refused by OpenSSL too.
 */
export const MALFORMED_CERTIFICATE_DIFFERENCES: readonly { file: string; openssl: 'reads'; go: 'reads' | 'refuses'; why: string }[] = [
  {
    file: 'engine-inner-sigalg-mismatch.crt',
    openssl: 'reads',
    go: 'refuses',
    why: 'Go: "x509: inner and outer signature algorithm identifiers don\'t match"; OpenSSL reads it and fails only its signature.',
  },
  { file: 'engine-bad-version.crt', openssl: 'reads', go: 'refuses', why: 'Go: "x509: invalid version"; OpenSSL 3.0 reads version 6.' },
  {
    file: 'engine-v1-with-extensions.crt',
    openssl: 'reads',
    go: 'reads',
    why: 'Go reads a v1 certificate without its extensions, OpenSSL with them: refused rather than read one way or the other.',
  },
];

const work = mkdtempSync(join(tmpdir(), 'certs-differential-'));
let all: CertificateFacts[] = [];
let openssl: Map<string, OpensslView>;

beforeAll(async () => {
  // Every certificate in every file the engine can open: single files, bundles, PKCS#12.
  const byPrint = new Map<string, CertificateFacts>();
  const { files, passphrases } = loadManifest();
  for (const f of files) {
    const decoded = await decodeFixture(f.name, f.type === 'pkcs12' ? (f.password ?? passphrases.pkcs12) : f.passphrase);
    for (const item of decoded.items) if (item.kind === 'certificate') byPrint.set(item.sha256Fingerprint, item);
  }
  all = [...byPrint.values()];
  // openssl reads the engine's own PEM: this also checks that `certificatePem` is canonical and complete.
  for (const c of all) writeFileSync(join(work, `${c.sha256Fingerprint}.pem`), certificatePem(c));
  openssl = readWithOpenssl(all.map((c) => join(work, `${c.sha256Fingerprint}.pem`)));
}, 60_000);

describe('certificate facts agree with openssl x509', () => {
  test('every fixture certificate was compared (bundles and PKCS#12 included)', () => {
    const { files } = loadManifest();
    const distinct = files.filter((f) => f.type === 'certificate' && !f.sameAs).length;
    // Bundles with a count hold certificates of their own (the benchmark's, the verdict- loops').
    const bundled = files.reduce((n, f) => n + (f.type === 'bundle' ? (f.count ?? 0) : 0), 0);
    expect(all.length).toBe(distinct + bundled);
    expect([...openssl.values()].filter((o) => o.sha256Fingerprint.length === 64).length).toBe(all.length);
  });

  test('subject, issuer, serial, dates, fingerprint, SANs, key, usages, key ids, SPKI hash: all equal', () => {
    const mismatches = all.flatMap((c): unknown[] => {
      const o = openssl.get(join(work, `${c.sha256Fingerprint}.pem`));
      if (!o) return [`${c.subject}: openssl read nothing`];
      const fromOpenssl = {
        subject: o.subject,
        issuer: o.issuer,
        serialHex: o.serialHex,
        notBefore: o.notBefore,
        notAfter: o.notAfter,
        sha256Fingerprint: o.sha256Fingerprint,
        hasSanExtension: o.hasSanExtension,
        sans: {
          ...o.sans,
          ip: o.rawIps.map((ip) => {
            const b = parseIp(ip);
            return b ? formatIp(b) : ip;
          }),
        },
        publicKey: o.publicKey,
        signatureAlgorithm: o.signatureAlgorithm,
        keyUsage: o.keyUsage,
        extendedKeyUsage: o.extendedKeyUsage,
        basicConstraints: o.basicConstraints,
        subjectKeyId: o.subjectKeyId,
        authorityKeyId: o.authorityKeyId,
        spkiSha256Base64: o.spkiSha256Base64,
      };
      const fromEngine = Object.fromEntries(Object.keys(fromOpenssl).map((k) => [k, c[k as keyof CertificateFacts]]));
      return JSON.stringify(fromEngine) === JSON.stringify(fromOpenssl) ? [] : [{ engine: fromEngine, openssl: fromOpenssl }];
    });
    expect(mismatches).toEqual([]);
  });
});

describe('malformed certificates: refused, as openssl x509 refuses them, with the listed differences', () => {
  test('every engine- certificate the manifest calls malformed', async () => {
    const files = loadManifest()
      .files.filter((f) => f.expectProblems?.includes('certificate-malformed'))
      .map((f) => f.name);
    expect(files.length).toBeGreaterThanOrEqual(5);
    const out = sections(bash(files.map((f) => `echo "@@ ${f}"; openssl x509 -in ${f} -noout >/dev/null 2>&1 && echo reads || echo refuses`).join('\n')));
    const theirs = Object.fromEntries(files.map((f) => [f, (out.get(f) ?? '').trim()]));
    const engine: Record<string, string> = {};
    for (const f of files) engine[f] = (await decodeFixture(f)).items.length > 0 ? 'reads' : 'refuses';
    for (const d of MALFORMED_CERTIFICATE_DIFFERENCES) {
      expect([engine[d.file], theirs[d.file]]).toEqual(['refuses', d.openssl]);
      theirs[d.file] = 'refuses';
    }
    expect(engine).toEqual(theirs);
  });
});

describe('chain verdicts agree with openssl verify -partial_chain', () => {
  const cases = () => loadManifest().files.filter((f) => f.verify);

  test('every manifest chain, with the listed deliberate differences', async () => {
    const lines = cases().map((f) => {
      const v = f.verify!;
      const purpose = v.purpose === 'serverAuth' ? '-purpose sslserver' : v.purpose === 'clientAuth' ? '-purpose sslclient' : '';
      const untrusted = v.intermediates.length ? `-untrusted <(cat ${v.intermediates.join(' ')})` : '';
      return `echo "@@ ${f.name}"; openssl verify -partial_chain ${purpose} -CAfile <(cat ${v.roots.join(' ')}) ${untrusted} ${f.name} 2>&1 || true`;
    });
    const verdicts = sections(bash(lines.join('\n')));
    const engine: Record<string, ChainStatus> = {};
    const theirs: Record<string, ChainStatus> = {};
    for (const f of cases()) {
      const v = f.verify!;
      const result = await verifyChain({
        leaf: await certificateOf(f.name),
        intermediates: await certificatesIn(v.intermediates),
        roots: await certificatesIn(v.roots),
        at: new Date(),
        purpose: v.purpose,
      });
      engine[f.name] = result.status;
      theirs[f.name] = statusOf(verdicts.get(f.name) ?? '');
    }
    for (const d of OPENSSL_VERIFY_DIFFERENCES) {
      expect([engine[d.leaf], theirs[d.leaf]]).toEqual([d.engine, d.openssl]);
      theirs[d.leaf] = d.engine;
    }
    expect(engine).toEqual(theirs);
  });
});

/** Every certificate of the files, as `cat` gives them to openssl. */
async function certificatesIn(files: readonly string[]): Promise<CertificateFacts[]> {
  const decoded = await Promise.all(files.map((f) => decodeFixture(f)));
  return decoded.flatMap((d) => d.items.filter((i): i is CertificateFacts => i.kind === 'certificate'));
}

/** openssl verify's first error, in the engine's vocabulary. */
function statusOf(output: string): ChainStatus {
  if (/: OK\s*$/.test(output.trim())) return 'ok';
  const rules: [RegExp, ChainStatus][] = [
    [/certificate has expired/, 'expired'],
    [/certificate is not yet valid/, 'not-yet-valid'],
    [/certificate signature failure/, 'bad-signature'],
    [/invalid CA certificate|path length constraint exceeded|invalid non-CA certificate/, 'issuer-not-ca'],
    [/unsuitable certificate purpose/, 'incompatible-usage'],
    [/too weak/, 'weak-signature'],
    [/unable to get (local )?issuer certificate|self-signed certificate/, 'unknown-authority'],
  ];
  return rules.find(([re]) => re.test(output))?.[1] ?? (`unmapped: ${output}` as ChainStatus);
}

describe('keyMatchesCertificate agrees with openssl pkey -pubout vs x509 -pubkey', () => {
  test('every key against every single-certificate fixture', async () => {
    const { files } = loadManifest();
    const keyFiles = files.filter((f) => f.type === 'private-key' && !f.expectProblems);
    const certFiles = files.filter((f) => f.type === 'certificate' && f.format !== 'der');
    const out = bash(
      keyFiles
        .map(
          (k) =>
            `echo "@@ ${k.name}"; openssl pkey -inform ${k.container === 'der' ? 'DER' : 'PEM'} -in ${k.name} -passin 'pass:${k.passphrase ?? ''}' -pubout -outform DER | base64 -w0; echo`,
        )
        .join('\n'),
    );
    const keySpki = new Map([...sections(out)].map(([f, b64]) => [f, sha256Base64(Buffer.from(b64.trim(), 'base64'))]));
    const certSpki = readWithOpenssl(certFiles.map((c) => c.name));
    const keys = new Map<string, PrivateKeyFacts>();
    for (const k of keyFiles) {
      const item = (await decodeFixture(k.name, k.passphrase)).items[0];
      if (item?.kind === 'private-key') keys.set(k.name, item);
    }
    const certs = new Map<string, CertificateFacts>();
    for (const c of certFiles) certs.set(c.name, await certificateOf(c.name));

    const engine: string[] = [];
    const theirs: string[] = [];
    for (const k of keyFiles) {
      for (const c of certFiles) {
        const key = keys.get(k.name);
        const cert = certs.get(c.name);
        if (key && cert && keyMatchesCertificate(key, cert)) engine.push(`${k.name} ~ ${c.name}`);
        if (keySpki.get(k.name) === certSpki.get(c.name)?.spkiSha256Base64) theirs.push(`${k.name} ~ ${c.name}`);
      }
    }
    expect(engine).toEqual(theirs);
    // And both agree with what the manifest says each key belongs to.
    const declared = keyFiles.filter((k) => k.matches).map((k) => `${k.name} ~ ${k.matches}`);
    expect(declared.every((d) => engine.includes(d))).toBe(true);
    expect(engine.filter((e) => e.startsWith('orphan.key'))).toEqual([]);
  });

  test('an encrypted key that was not opened matches nothing yet: null', async () => {
    const closed = (await decodeFixture('fleet-server.encrypted-pkcs8.key')).items[0];
    expect(closed?.kind === 'private-key' && keyMatchesCertificate(closed, await certificateOf('fleet-server.crt'))).toBeNull();
  });
});

describe('where the agent and openssl differ, the verdicts follow the agent', () => {
  const CERTS = [
    'fleet-server.crt',
    'es-server.crt',
    'cn-only.crt',
    'san-mismatch.crt',
    'verdict-cn-ip-san.crt',
    'verdict-cn-is-ip.crt',
    'verdict-cn-only-other.crt',
  ];
  const HOSTS = ['fleet.example.com', 'FLEET.example.com', 'other.example.com', 'node1.es.example.com', '10.0.0.5', '10.0.0.6'];

  test(`host names in verification_mode full: ${CERTS.length} certificates × ${HOSTS.length} hosts against openssl -checkhost / -checkip`, async () => {
    const script = CERTS.flatMap((c) =>
      HOSTS.map((h) => `echo "@@ ${c} ${h}"; openssl x509 -in ${c} -noout ${/^[\d.]+$/.test(h) ? '-checkip' : '-checkhost'} '${h}'`),
    ).join('\n');
    const out = sections(bash(script));
    const theirs: Record<string, boolean> = {};
    const agent: Record<string, boolean> = {};
    for (const c of CERTS) {
      const cert = await certificateOf(c);
      for (const h of HOSTS) {
        theirs[`${c} ${h}`] = / does match certificate/.test(out.get(`${c} ${h}`) ?? '');
        agent[`${c} ${h}`] = fullModeCoversHost(cert, h).covered;
      }
    }
    for (const d of AGENT_OPENSSL_DIFFERENCES.host) {
      expect([agent[`${d.cert} ${d.host}`], theirs[`${d.cert} ${d.host}`]]).toEqual([d.agent, d.openssl]);
      theirs[`${d.cert} ${d.host}`] = d.agent;
    }
    expect(agent).toEqual(theirs);
  });

  test.each(AGENT_OPENSSL_DIFFERENCES.keys.map((d) => [d.key, d] as const))('a key openssl opens and the agent cannot load: %s', (key, d) => {
    const { passphrases } = loadManifest();
    expect(bash(`openssl pkey -in ${key} -passin 'pass:${passphrases.key}' -noout && echo opened`).trim()).toBe('opened');
    expect(AGENT_UNUSABLE_KEY_PROBLEMS.has(d.problem)).toBe(true);
  });
});
