import type { DeploymentModel } from '../domain/catalog/models';
import type { LegVerdict } from '../domain/verdict/evaluate';
import type { LegId } from '../domain/topology/leg';
import type { ui } from '#words/ui';

type NodeLabel = keyof (typeof ui)['diagram']['nodes'];

export interface DiagramNode {
  readonly label: NodeLabel;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  /** Drawn dashed: an optional part of the deployment. */
  readonly optional?: boolean;
}

export interface DiagramEdge {
  /** What the edge stands for, so tests can check it against the model's facts. */
  readonly link: 'agent-fleet' | 'fleet-self' | 'fleet-es' | 'agent-output' | 'upstream' | 'inside-cloud';
  /** The connections (legs) it draws, whose verdicts colour it; none inside Elastic Cloud. */
  readonly legs: readonly LegId[];
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  /** The connection can be mutual TLS. */
  readonly mutual: boolean;
  /** TLS ends where the edge meets the Elastic Cloud boundary. */
  readonly endsAtBoundary: boolean;
  /** A bend: the control point's vertical offset from the straight line. */
  readonly bend?: number;
}

export interface Diagram {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  /** The Elastic Cloud boundary, where TLS from outside ends. */
  readonly cloud?: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
}

/** All diagrams share a 348×140 canvas; nodes are 30 high. */
export const CANVAS = { w: 348, h: 140, nodeH: 30 } as const;

const H = CANVAS.nodeH;
const mid = (n: DiagramNode): number => n.y + H / 2;
const left = (n: DiagramNode): readonly [number, number] => [n.x, mid(n)];
const right = (n: DiagramNode): readonly [number, number] => [n.x + n.w, mid(n)];
const top = (n: DiagramNode, dx: number): readonly [number, number] => [n.x + dx, n.y];
const bottom = (n: DiagramNode, dx: number): readonly [number, number] => [n.x + dx, n.y + H];

const agents: DiagramNode = { label: 'agents', x: 4, y: 56, w: 100 };

/**
 * The Fleet Server host's own agent, which enrols through localhost:8221: a loop over the
 * Fleet Server node (the node sits low enough for it to fit the canvas).
 */
const selfLoop = (fleet: DiagramNode, mutual: boolean): DiagramEdge => ({
  link: 'fleet-self',
  legs: ['fleet-self'],
  from: top(fleet, fleet.w / 2 - 22),
  to: top(fleet, fleet.w / 2 + 22),
  mutual,
  endsAtBoundary: false,
  bend: -24,
});

function onPrem(): Diagram {
  const fleet: DiagramNode = { label: 'fleetServer', x: 126, y: 22, w: 96 };
  const es: DiagramNode = { label: 'output', x: 248, y: 56, w: 96 };
  return {
    nodes: [agents, fleet, es],
    edges: [
      { link: 'agent-fleet', legs: ['agent-fleet'], from: top(agents, 48), to: left(fleet), mutual: true, endsAtBoundary: false },
      selfLoop(fleet, true),
      { link: 'fleet-es', legs: ['fleet-es'], from: right(fleet), to: top(es, 48), mutual: true, endsAtBoundary: false },
      { link: 'agent-output', legs: ['agent-output'], from: bottom(agents, 48), to: bottom(es, 48), mutual: true, endsAtBoundary: false, bend: 40 },
    ],
  };
}

function cloudFleet(): Diagram {
  const cloud = { x: 132, y: 4, w: 212, h: 132 };
  const fleet: DiagramNode = { label: 'fleetServer', x: 150, y: 14, w: 96 };
  const es: DiagramNode = { label: 'elasticsearch', x: 240, y: 86, w: 98 };
  return {
    cloud,
    nodes: [agents, fleet, es],
    edges: [
      { link: 'agent-fleet', legs: ['agent-fleet'], from: top(agents, 48), to: [cloud.x, mid(fleet)], mutual: false, endsAtBoundary: true },
      { link: 'agent-output', legs: ['agent-output'], from: bottom(agents, 48), to: [cloud.x, mid(es)], mutual: false, endsAtBoundary: true },
      { link: 'inside-cloud', legs: [], from: bottom(fleet, 48), to: top(es, 40), mutual: false, endsAtBoundary: false },
    ],
  };
}

function cloudFleetProxy(): Diagram {
  const cloud = { x: 222, y: 4, w: 122, h: 132 };
  const proxy: DiagramNode = { label: 'proxy', x: 126, y: 56, w: 76 };
  const fleet: DiagramNode = { label: 'fleetServer', x: 234, y: 14, w: 100 };
  const es: DiagramNode = { label: 'elasticsearch', x: 234, y: 86, w: 100 };
  return {
    cloud,
    nodes: [agents, proxy, fleet, es],
    edges: [
      { link: 'agent-fleet', legs: ['agent-fleet', 'agent-output'], from: right(agents), to: left(proxy), mutual: true, endsAtBoundary: false },
      { link: 'upstream', legs: ['proxy-fleet-upstream'], from: top(proxy, 50), to: [cloud.x, mid(fleet)], mutual: false, endsAtBoundary: true },
      { link: 'upstream', legs: ['proxy-es-upstream'], from: bottom(proxy, 50), to: [cloud.x, mid(es)], mutual: false, endsAtBoundary: true },
      { link: 'inside-cloud', legs: [], from: bottom(fleet, 50), to: top(es, 50), mutual: false, endsAtBoundary: false },
    ],
  };
}

function onPremFleetCloudEs(): Diagram {
  const cloud = { x: 240, y: 4, w: 104, h: 132 };
  const fleet: DiagramNode = { label: 'fleetServer', x: 126, y: 22, w: 92 };
  const proxy: DiagramNode = { label: 'proxyOptional', x: 120, y: 104, w: 114, optional: true };
  const es: DiagramNode = { label: 'elasticsearch', x: 246, y: 56, w: 92 };
  return {
    cloud,
    nodes: [agents, fleet, proxy, es],
    edges: [
      { link: 'agent-fleet', legs: ['agent-fleet'], from: top(agents, 48), to: left(fleet), mutual: true, endsAtBoundary: false },
      selfLoop(fleet, true),
      { link: 'fleet-es', legs: ['fleet-es'], from: right(fleet), to: [cloud.x, mid(es) - 8], mutual: false, endsAtBoundary: true },
      { link: 'agent-output', legs: ['agent-output'], from: bottom(agents, 48), to: left(proxy), mutual: true, endsAtBoundary: false },
      { link: 'upstream', legs: ['proxy-es-upstream'], from: right(proxy), to: [cloud.x, mid(es) + 8], mutual: false, endsAtBoundary: true },
    ],
  };
}

/** One small diagram per model: the connections, where TLS ends, which can be mutual. */
export const MODEL_DIAGRAMS: Record<DeploymentModel, Diagram> = {
  'on-prem': onPrem(),
  'cloud-fleet': cloudFleet(),
  'cloud-fleet-proxy': cloudFleetProxy(),
  'on-prem-fleet-cloud-es': onPremFleetCloudEs(),
};

/** How an edge is drawn once files are judged: by its connections' verdicts, or plain. */
export type EdgeTone = 'pass' | 'warn' | 'fail' | 'neutral';

/**
 * The worst verdict of the connections an edge draws (agents → your proxy carries both
 * the control and the data plane): fail, then warn; files missing or nothing to check is
 * neutral; green only when every one passes. Null before any verdict.
 */
export function edgeTone(edge: DiagramEdge, verdicts: Partial<Record<LegId, LegVerdict>>): EdgeTone | null {
  const seen = edge.legs.map((leg) => verdicts[leg]).filter((v) => v !== undefined);
  if (seen.length === 0) return null;
  if (seen.includes('fail')) return 'fail';
  if (seen.includes('warn')) return 'warn';
  return seen.every((v) => v === 'pass') ? 'pass' : 'neutral';
}
