import type { PlanCheck } from './plan-check';

/**
 * `--insecure` turns off verification of Fleet Server's certificate only. It does not
 * cover Fleet Server → Elasticsearch or the outputs (beats#20763, #27956;
 * kibana-fleet-and-pain-points.md pain point 6).
 */
export const insecureCoversOnlyFleet: PlanCheck = (_plan, topology) =>
  topology.legs.some((l) => l.trust.kind === 'none') ? [{ code: 'insecure-covers-only-fleet', severity: 'warning', leg: 'agent-fleet' }] : [];
