import type { Conversion, ConversionKind } from '../catalog/conversions';
import { PASSPHRASE_OF, ROLE_FACTS, type CertRole } from '../catalog/roles';
import { checkFileName } from '../questions/field-rules';
import type { Plan } from '../plan/schema';
import { buildTopology, rolesInUse } from '../topology/build-topology';
import { keyFileStates } from '../topology/key-files';
import type { Assignments, ShelfFile } from './shelf';

/** A file the admin assigned, as the name the plan's commands should use. */
export interface FileNameFill {
  readonly role: CertRole;
  /** The file as the admin has it. */
  readonly from: string;
  /** The name the plan gives that role's file: the file's own, or the PEM file it converts to. */
  readonly value: string;
  readonly conversion: Conversion | null;
  /** Applied by itself: the plan still has the role's default name, so nothing typed is lost. */
  readonly automatic: boolean;
}

const stem = (name: string) => name.replace(/\.(p12|pfx|der|cer|crt|pem|key)$/i, '');

function conversionFor(role: CertRole, container: 'der' | 'pkcs12', from: string, encrypted: boolean): Conversion {
  const kind = ROLE_FACTS[role].kind;
  const base = stem(from);
  const pick: Record<'der' | 'pkcs12', Record<'ca' | 'cert' | 'key', [ConversionKind, string]>> = {
    pkcs12: { cert: ['pkcs12-certificate', `${base}.crt`], ca: ['pkcs12-ca', `${base}-ca.crt`], key: ['pkcs12-key', `${base}.key`] },
    der: { cert: ['der-certificate', `${base}.crt`], ca: ['der-certificate', `${base}.crt`], key: ['der-key', `${base}.key`] },
  };
  const [k, to] = pick[container][kind === 'passphrase' ? 'key' : kind];
  return { kind: k, from, to, ...(k.endsWith('-key') && encrypted ? { encrypted: true } : {}) };
}

/** Each role in use with the file assigned to it, and the conversion that file needs, if any. */
function assignedSources(plan: Plan, assignments: Assignments, files: readonly ShelfFile[]) {
  const topology = buildTopology(plan);
  const keys = keyFileStates(plan, topology);
  return rolesInUse(topology).flatMap((role) => {
    const file = files.find((f) => f.id === assignments[role]);
    if (!file || ROLE_FACTS[role].kind === 'passphrase') return [];
    const from = file.decoded.name;
    const container = file.decoded.container;
    const encrypted = role in PASSPHRASE_OF && keys[role as keyof typeof PASSPHRASE_OF].encrypted;
    const conversion = container === 'der' || container === 'pkcs12' ? conversionFor(role, container, from, encrypted) : null;
    return [{ role, from, conversion }];
  });
}

/**
 * When a file plays a role, the commands should name that file, not the wizard's default
 * (fleet-ca.crt, agent.crt, …), and a PKCS#12 or DER file, which the agent cannot read,
 * should name the PEM file it converts to, with the conversion. Only names the plan's
 * rules accept are offered; a name the admin typed is replaced only on their say.
 */
export function fileNameFills(plan: Plan, assignments: Assignments, files: readonly ShelfFile[]): FileNameFill[] {
  return assignedSources(plan, assignments, files).flatMap(({ role, from, conversion }) => {
    const value = conversion ? conversion.to : from;
    if (value === plan.certs.files[role] || checkFileName(value) !== null) return [];
    return [{ role, from, value, conversion, automatic: plan.certs.files[role] === ROLE_FACTS[role].defaultFile }];
  });
}

/** The conversions the plan's file names come from: those whose PEM file the plan now names. */
export function conversionsInPlan(plan: Plan, assignments: Assignments, files: readonly ShelfFile[]): Conversion[] {
  const out: Conversion[] = [];
  for (const { role, conversion } of assignedSources(plan, assignments, files)) {
    if (conversion && plan.certs.files[role] === conversion.to && !out.some((o) => o.to === conversion.to)) out.push(conversion);
  }
  return out;
}
