import { useId } from 'react';
import type { DeploymentModel } from '../domain/catalog/models';
import type { LegId } from '../domain/topology/leg';
import type { LegVerdict } from '../domain/verdict/evaluate';
import { ui } from '#words/ui';
import { CANVAS, edgeTone, MODEL_DIAGRAMS, type DiagramEdge, type EdgeTone } from './model-diagram-data';
import './model-diagram.css';

/** What colours the edges: each connection's verdict, and its name for the words. */
export interface DiagramVerdicts {
  readonly verdicts: Partial<Record<LegId, LegVerdict>>;
  readonly names: Partial<Record<LegId, string>>;
}

const TONES: readonly EdgeTone[] = ['pass', 'warn', 'fail', 'neutral'];

function edgePath({ from, to, bend }: DiagramEdge): string {
  const [x1, y1] = from;
  const [x2, y2] = to;
  if (!bend) return `M${x1},${y1} L${x2},${y2}`;
  return `M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 + bend} ${x2},${y2}`;
}

/** "Agents → Fleet Server: fails", for each connection an edge draws that has a verdict. */
function verdictWords(legs: readonly LegId[], { verdicts, names }: DiagramVerdicts): string[] {
  return legs.flatMap((leg) => {
    const verdict = verdicts[leg];
    return verdict ? [ui.certificates.diagram.edge(names[leg] ?? leg, ui.certificates.verdicts[verdict])] : [];
  });
}

/**
 * A small picture of a deployment model; its words are in the catalogue, its shape in
 * model-diagram-data. Given verdicts (once the files are judged for a plan of this model),
 * each connection is coloured by its verdict, and the verdicts are also in the picture's
 * description and each edge's title.
 */
export function ModelDiagram({ model, judged }: { model: DeploymentModel; judged: DiagramVerdicts | null }) {
  const id = useId();
  const diagram = MODEL_DIAGRAMS[model];
  const arrow = (kind: string) => `${id}-arrow-${kind}`;
  const described = judged
    ? verdictWords(
        diagram.edges.flatMap((e) => e.legs),
        judged,
      )
    : [];
  return (
    <svg
      className="diagram"
      viewBox={`0 0 ${CANVAS.w} ${CANVAS.h}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={described.length > 0 ? `${id}-desc` : undefined}
    >
      <title id={`${id}-title`}>{ui.diagram.title(ui.model.names[model])}</title>
      {described.length > 0 ? <desc id={`${id}-desc`}>{described.join('. ')}</desc> : null}
      <defs>
        {['plain', 'mutual', ...(judged ? TONES : [])].map((kind) => (
          <marker
            key={kind}
            id={arrow(kind)}
            viewBox="0 0 8 8"
            refX="7"
            refY="4"
            markerWidth={kind === 'plain' ? 7 : 6}
            markerHeight={kind === 'plain' ? 7 : 6}
            orient="auto-start-reverse"
          >
            <path d="M0,0 L8,4 L0,8 z" className={kind === 'plain' ? 'diagram-arrow' : kind === 'mutual' ? 'diagram-arrow-mutual' : `diagram-arrow-${kind}`} />
          </marker>
        ))}
      </defs>
      {diagram.cloud ? (
        <g className="diagram-cloud">
          <rect x={diagram.cloud.x} y={diagram.cloud.y} width={diagram.cloud.w} height={diagram.cloud.h} rx="10" />
          <text x={diagram.cloud.x + 6} y={diagram.cloud.y + diagram.cloud.h - 7}>
            {ui.diagram.nodes.cloud}
          </text>
        </g>
      ) : null}
      {diagram.edges.map((edge, i) => {
        const tone = judged ? edgeTone(edge, judged.verdicts) : null;
        const shape = edge.link === 'inside-cloud' ? 'diagram-edge-inside' : edge.mutual ? 'diagram-edge-mutual' : 'diagram-edge';
        const className = tone ? `${shape} diagram-verdict diagram-verdict-${tone}` : shape;
        const kind = tone ?? (edge.mutual ? 'mutual' : 'plain');
        const marker = edge.endsAtBoundary || edge.link === 'inside-cloud' ? undefined : `url(#${arrow(kind)})`;
        const title = judged ? verdictWords(edge.legs, judged) : [];
        return (
          <g key={i} data-verdict={tone ?? undefined}>
            {title.length > 0 ? <title>{title.join('. ')}</title> : null}
            <path d={edgePath(edge)} className={className} markerEnd={marker} />
            {edge.endsAtBoundary ? <rect className="diagram-end" x={edge.to[0] - 2} y={edge.to[1] - 6} width="4" height="12" rx="1" /> : null}
          </g>
        );
      })}
      {diagram.nodes.map((node) => (
        <g key={node.label} className={node.optional ? 'diagram-node diagram-node-optional' : 'diagram-node'}>
          <rect x={node.x} y={node.y} width={node.w} height={CANVAS.nodeH} rx="6" />
          <text x={node.x + node.w / 2} y={node.y + CANVAS.nodeH / 2} textAnchor="middle" dominantBaseline="central">
            {ui.diagram.nodes[node.label]}
          </text>
        </g>
      ))}
    </svg>
  );
}

const legendRow = (className: string, text: string, end?: boolean) => (
  <li key={text}>
    <svg viewBox="0 0 28 12" width="28" height="12" aria-hidden="true">
      <path d="M1,6 L26,6" className={className} />
      {end ? <rect className="diagram-end" x="24" y="1" width="4" height="10" rx="1" /> : null}
    </svg>
    {text}
  </li>
);

/** The key to the verdict colours, in words: colour is never the only sign. */
export function VerdictLegend() {
  const words = ui.certificates.diagram;
  return (
    <div className="diagram-legend">
      <span className="diagram-legend-title">{words.legendTitle}</span>
      <ul>{TONES.map((tone) => legendRow(`diagram-edge-mutual diagram-verdict diagram-verdict-${tone}`, words[tone]))}</ul>
    </div>
  );
}

/** The key to the diagrams, drawn with the same strokes; with the verdict colours once files are judged. */
export function DiagramLegend({ judged }: { judged: boolean }) {
  return (
    <>
      <div className="diagram-legend">
        <span className="diagram-legend-title">{ui.diagram.legendTitle}</span>
        <ul>
          {legendRow('diagram-edge-mutual', ui.diagram.legendMutual)}
          {legendRow('diagram-edge', ui.diagram.legendOneWay)}
          {legendRow('diagram-edge', ui.diagram.legendEnds, true)}
          {legendRow('diagram-edge-inside', ui.diagram.legendInside)}
        </ul>
      </div>
      {judged ? <VerdictLegend /> : null}
    </>
  );
}
