import { describe, expect, test } from 'vitest';
import { DEPLOYMENT_MODELS, MODEL_FACTS } from '../../domain/catalog/models';
import { CANVAS, MODEL_DIAGRAMS } from './model-diagram-data';

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
  });
});
