/**
 * Test-only: the generated proxy configurations run by the real nginx and HAProxy on
 * 127.0.0.1, with the lab's certificates, in front of a local HTTPS server that stands in
 * for Elastic Cloud (a certificate for the cloud host names from a throwaway "public" CA)
 * and records the SNI and Host it receives. Every process started here is ended by its pid.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttps, type Server } from 'node:https';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { describeNote } from '#words/artifact-notes';
import { makeLab } from '../../certs/write/make-lab';
import { labSpec } from '../../lab/lab-spec';
import type { Plan } from '../../plan/schema';
import { buildArtifacts, type Artifact } from '../build-artifacts';
import { renderArtifact } from '../render-artifact';
import { PROXY_DIR } from './proxy-fronts';
import { PUBLIC_CA_BUNDLE } from './render-proxy';

const NOW = new Date();
const EC = { kind: 'EC', curve: 'P-256' } as const;

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'fleet-proxy-'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The plan's proxy configuration of this kind, as the runbook writes it. */
export function proxyConfig(plan: Plan, kind: Artifact['kind']): { artifact: Artifact; text: string } {
  const artifact = buildArtifacts(plan).find((a) => a.kind === kind)!;
  return { artifact, text: renderArtifact(artifact, describeNote, { form: 'file' }) };
}

/**
 * The plan's lab (per-service CAs) written flat into `dir`, with proxy.pem (certificate then
 * key, as the HAProxy note says), and a second lab's agent certificate as other-agent.crt/.key:
 * a client certificate from another CA.
 */
export async function writeProxyLab(plan: Plan, dir: string): Promise<void> {
  const spec = labSpec(plan, { cas: 'per-service', keyType: EC });
  const lab = await makeLab(spec, { now: NOW, validityDays: 2 });
  for (const [name, content] of lab.files) writeFileSync(join(dir, name), content);
  writeFileSync(join(dir, 'proxy.pem'), lab.files.get('proxy.crt')! + lab.files.get('proxy.key')!);
  const other = await makeLab(spec, { now: NOW, validityDays: 2 });
  for (const ext of ['crt', 'key']) {
    const content = other.files.get(`agent.${ext}`);
    if (content) writeFileSync(join(dir, `other-agent.${ext}`), content);
  }
}

export interface Cloud {
  readonly port: number;
  /** What each request brought: the TLS SNI and the Host header. */
  readonly seen: { sni: string | false | null; host: string | undefined }[];
  close(): Promise<void>;
}

/** Elastic Cloud on 127.0.0.1: a certificate for `hosts` signed by public-ca.crt in `dir`. */
export async function startCloud(dir: string, hosts: readonly string[]): Promise<Cloud> {
  const sans = hosts.map((h) => `DNS:${h}`).join(',');
  execFileSync(
    'bash',
    [
      '-euc',
      `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout public-ca.key -out public-ca.crt -subj /CN=public-ca -days 2 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout cloud.key -out cloud.csr -subj /CN=cloud 2>/dev/null
printf 'subjectAltName=%s\\nextendedKeyUsage=serverAuth\\n' '${sans}' > cloud.ext
openssl x509 -req -in cloud.csr -CA public-ca.crt -CAkey public-ca.key -CAcreateserial -out cloud.crt -days 2 -extfile cloud.ext 2>/dev/null`,
    ],
    { cwd: dir, timeout: 20_000 },
  );
  const seen: Cloud['seen'] = [];
  const server: Server = createHttps({ key: readFileSync(join(dir, 'cloud.key')), cert: readFileSync(join(dir, 'cloud.crt')) }, (req, res) => {
    seen.push({ sni: (req.socket as TLSSocket).servername, host: req.headers.host });
    res.end('from the cloud\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * The generated text with only what a test must change: the proxy's directory, the ports it
 * listens on, the address of each cloud endpoint (its `server` line) and the public CA bundle.
 * SNI and Host stay as generated.
 */
export function localize(text: string, dir: string, listen: ReadonlyMap<number, number>, cloudPort: number, bundle = join(dir, 'public-ca.crt')): string {
  let out = text.replaceAll(PROXY_DIR, dir).replaceAll(PUBLIC_CA_BUNDLE, bundle);
  out = out.replace(/^( {4}server (?:cloud )?)[^\s;]+:\d+/gm, `$1127.0.0.1:${cloudPort}`);
  out = out.replace(/^( {4}listen )(\d+)( ssl;)$/gm, (_, a: string, p: string, b: string) => `${a}127.0.0.1:${listen.get(Number(p))}${b}`);
  return out.replace(/^( {4}bind ):(\d+)/gm, (_, a: string, p: string) => `${a}127.0.0.1:${listen.get(Number(p))}`);
}

/** Starts a program in the foreground and waits until 127.0.0.1:port accepts connections. */
export async function startListening(command: string, args: readonly string[], port: number): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited ${child.exitCode}: ${output}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return child;
    if (Date.now() > deadline) {
      stop(child);
      throw new Error(`${command} did not listen on ${port}: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function stop(child: ChildProcess | undefined): void {
  if (child?.pid !== undefined && child.exitCode === null) process.kill(child.pid);
}

/**
 * curl as an agent would dial the proxy: its name resolved to 127.0.0.1, the proxy CA
 * trusted. Asynchronous: the stand-in cloud answers from this process.
 */
export function curl(dir: string, host: string, port: number, client: readonly string[]): Promise<{ exit: number; status: string }> {
  const args = ['--silent', '--max-time', '10', '--resolve', `${host}:${port}:127.0.0.1`, '--cacert', 'proxy-ca.crt', ...client];
  return new Promise((resolve) => {
    execFile(
      'curl',
      [...args, '--write-out', '%{http_code}', '--output', '/dev/null', `https://${host}:${port}/`],
      { cwd: dir, timeout: 15_000 },
      (error, stdout) => resolve({ exit: typeof error?.code === 'number' ? error.code : error ? -1 : 0, status: stdout }),
    );
  });
}
