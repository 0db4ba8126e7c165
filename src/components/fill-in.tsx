import type { ReactNode } from 'react';
import './fill-in.css';

interface FillInProps {
  /** What would go into the plan and from which file; also the button's accessible name. */
  text: string;
  /** Said after the text: how to convert the file first, say. */
  detail?: ReactNode;
  /** The button's word. */
  action: string;
  onFill: () => void;
  /** An item of a list of fill-ins, or a paragraph on its own beside a field. */
  as?: 'li' | 'p';
}

/** A value a file can put into the plan, one click away. */
export function FillIn({ text, detail, action, onFill, as: Tag = 'p' }: FillInProps) {
  return (
    <Tag className="fill-in">
      <span>
        {text}
        {detail}
      </span>
      <button type="button" className="button button-small" aria-label={text} onClick={onFill}>
        {action}
      </button>
    </Tag>
  );
}
