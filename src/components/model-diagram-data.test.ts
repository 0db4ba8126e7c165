import { describe, expect, test } from 'vitest';
import { DEPLOYMENT_MODELS, MODEL_FACTS } from '../domain/catalog/models';
import { defaultPlan } from '../domain/plan/defaults';
import { buildTopology } from '../domain/topology/build-topology';
import { CANVAS, edgeTone, MODEL_DIAGRAMS, type DiagramEdge } from './model-diagram-data';

describe('model diagrams agree with the model facts', () => {
  test.each(DEPLOYMENT_MODELS.map((model) => ({ model })))('$model', ({ model }) => {
    const diagram = MODEL_DIAGRAMS[model];
    const facts = MODEL_FACTS[model];
    const agentFleet = diagram.edges.filter((e) => e.link === 'agent-fleet');
    expect(agentFleet.map((e) => e.mutual)).toEqual([facts.mutualFleet]);
    // A self-managed Elasticsearch has no cloud boundary; every other model has one.
    expect(Boolean(diagram.cloud)).toBe(!facts.selfManagedElasticsearch);
    // Nothing crosses the Elastic Cloud boundary as mutual TLS.
    expect(diagram.edges.filter((e) => e.endsAtBoundary && e.mutual)).toEqual([]);
    for (const node of diagram.nodes) {
      expect(node.x >= 0 && node.x + node.w <= CANVAS.w && node.y >= 0 && node.y + CANVAS.nodeH <= CANVAS.h).toBe(true);
    }
    // Bends stay on the canvas: a cubic's furthest point is three quarters of its bend away.
    for (const edge of diagram.edges) {
      const reach = Math.min(edge.from[1], edge.to[1]) + Math.min(0, (edge.bend ?? 0) * 0.75);
      const low = Math.max(edge.from[1], edge.to[1]) + Math.max(0, (edge.bend ?? 0) * 0.75);
      expect(reach >= 0 && low <= CANVAS.h).toBe(true);
    }
  });

  test.each(DEPLOYMENT_MODELS.map((model) => ({ model })))('$model: each edge is a connection the model has (its verdict colours it)', ({ model }) => {
    // A proxy in front of Elasticsearch, where the model allows one, gives the most legs.
    const plan = defaultPlan(model);
    plan.proxy.frontsElasticsearch = true;
    const legs = buildTopology(plan).legs.map((l) => l.id);
    const drawn = MODEL_DIAGRAMS[model].edges.flatMap((e) => e.legs);
    expect(drawn.filter((l) => !legs.includes(l))).toEqual([]);
    // Every leg is drawn, the Fleet Server host's own (a loop over that node) included.
    expect(legs.filter((l) => !drawn.includes(l))).toEqual([]);
  });
});

describe('edgeTone', () => {
  const edge = (...legs: DiagramEdge['legs']): DiagramEdge => ({ link: 'agent-fleet', legs, from: [0, 0], to: [1, 1], mutual: true, endsAtBoundary: false });
  test.each([
    { title: 'pass is green', verdict: 'pass', tone: 'pass' },
    { title: 'warn is amber', verdict: 'warn', tone: 'warn' },
    { title: 'fail is red', verdict: 'fail', tone: 'fail' },
    { title: 'missing files are neutral', verdict: 'incomplete', tone: 'neutral' },
    { title: 'nothing to check is neutral', verdict: 'not-checked', tone: 'neutral' },
  ] as const)('$title', ({ verdict, tone }) => {
    expect(edgeTone(edge('agent-fleet'), { 'agent-fleet': verdict })).toBe(tone);
  });
  test('no verdict (no files yet, or inside Elastic Cloud): drawn as before', () => {
    expect(edgeTone(edge('agent-fleet'), {})).toBeNull();
    expect(edgeTone(edge(), { 'agent-fleet': 'fail' })).toBeNull();
  });
  test.each([
    { title: 'one failing connection makes the edge red', verdicts: { 'agent-fleet': 'pass', 'agent-output': 'fail' }, tone: 'fail' },
    { title: 'a warning outranks missing files', verdicts: { 'agent-fleet': 'warn', 'agent-output': 'incomplete' }, tone: 'warn' },
    { title: 'green only when both pass', verdicts: { 'agent-fleet': 'pass', 'agent-output': 'incomplete' }, tone: 'neutral' },
    { title: 'both pass', verdicts: { 'agent-fleet': 'pass', 'agent-output': 'pass' }, tone: 'pass' },
  ] as const)('an edge drawing two connections: $title', ({ verdicts, tone }) => {
    expect(edgeTone(edge('agent-fleet', 'agent-output'), verdicts)).toBe(tone);
  });
});
