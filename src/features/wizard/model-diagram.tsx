import { useId } from 'react';
import type { DeploymentModel } from '../../domain/catalog/models';
import { ui } from '../../i18n/en-ui';
import { CANVAS, MODEL_DIAGRAMS, type DiagramEdge } from './model-diagram-data';

function edgePath({ from, to, bend }: DiagramEdge): string {
  const [x1, y1] = from;
  const [x2, y2] = to;
  if (!bend) return `M${x1},${y1} L${x2},${y2}`;
  return `M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 + bend} ${x2},${y2}`;
}

/** A small picture of a deployment model; its words are in the catalogue, its shape in model-diagram-data. */
export function ModelDiagram({ model }: { model: DeploymentModel }) {
  const id = useId();
  const diagram = MODEL_DIAGRAMS[model];
  const arrow = `${id}-arrow`;
  const arrowMutual = `${id}-arrow-mutual`;
  return (
    <svg className="diagram" viewBox={`0 0 ${CANVAS.w} ${CANVAS.h}`} role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{ui.diagram.title(ui.model.names[model])}</title>
      <defs>
        <marker id={arrow} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" className="diagram-arrow" />
        </marker>
        <marker id={arrowMutual} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" className="diagram-arrow-mutual" />
        </marker>
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
        const className = edge.link === 'inside-cloud' ? 'diagram-edge-inside' : edge.mutual ? 'diagram-edge-mutual' : 'diagram-edge';
        const marker = edge.endsAtBoundary || edge.link === 'inside-cloud' ? undefined : `url(#${edge.mutual ? arrowMutual : arrow})`;
        return (
          <g key={i}>
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

/** The key to the diagrams, drawn with the same strokes. */
export function DiagramLegend() {
  const row = (className: string, text: string, end?: boolean) => (
    <li>
      <svg viewBox="0 0 28 12" width="28" height="12" aria-hidden="true">
        <path d="M1,6 L26,6" className={className} />
        {end ? <rect className="diagram-end" x="24" y="1" width="4" height="10" rx="1" /> : null}
      </svg>
      {text}
    </li>
  );
  return (
    <div className="diagram-legend">
      <span className="diagram-legend-title">{ui.diagram.legendTitle}</span>
      <ul>
        {row('diagram-edge-mutual', ui.diagram.legendMutual)}
        {row('diagram-edge', ui.diagram.legendOneWay)}
        {row('diagram-edge', ui.diagram.legendEnds, true)}
        {row('diagram-edge-inside', ui.diagram.legendInside)}
      </ul>
    </div>
  );
}
