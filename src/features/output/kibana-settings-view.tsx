import type { KibanaRow, KibanaSection, KibanaValue } from '../../domain/generate/kibana/kibana-settings';
import { serializeYaml } from '../../domain/generate/serialize-yaml';
import { describeNote } from '#words/artifact-notes';
import { outputUi } from '#words/ui-output';

/** A section whose every field stays empty (or at its default) is said in one line; its fields wait behind a disclosure. */
const untouched = (section: KibanaSection) => section.rows.length > 0 && section.rows.every((r) => r.value.kind === 'empty' || r.value.kind === 'option');

function Value({ value }: { value: KibanaValue }) {
  switch (value.kind) {
    case 'text':
      return <code>{value.text}</code>;
    case 'list':
      return value.items.length === 1 ? (
        <code>{value.items[0]}</code>
      ) : (
        <ul className="kibana-list">
          {value.items.map((item, i) => (
            <li key={i}>
              <code>{item}</code>
            </li>
          ))}
        </ul>
      );
    case 'yaml':
      return <pre className="code code-inline">{serializeYaml(value.yaml)}</pre>;
    case 'pem':
      return <pre className="code code-inline">{value.pem}</pre>;
    case 'option':
      return <strong>{value.option}</strong>;
    case 'switch':
      return <strong>{describeNote({ code: value.on ? 'kibana-on' : 'kibana-off' })}</strong>;
    case 'name':
      return <strong>{describeNote({ code: `kibana-name-${value.name}` })}</strong>;
    case 'empty':
      return <span className="kibana-empty">{describeNote({ code: 'kibana-leave-empty' })}</span>;
  }
}

function Row({ row }: { row: KibanaRow }) {
  return (
    <tr className={row.value.kind === 'empty' ? 'kibana-row-empty' : undefined}>
      <th scope="row">{row.label}</th>
      <td>
        <Value value={row.value} />
        {row.note ? <p className="kibana-note">{describeNote(row.note)}</p> : null}
      </td>
    </tr>
  );
}

function Rows({ rows }: { rows: readonly KibanaRow[] }) {
  return (
    <table className="kibana-rows">
      <tbody>
        {rows.map((row, j) => (
          <Row key={j} row={row} />
        ))}
      </tbody>
    </table>
  );
}

/** Kibana's settings as the admin meets them: where, what to know, then each field with its value. */
export function KibanaSettingsView({ sections, step }: { sections: readonly KibanaSection[]; step: number }) {
  return (
    <ol className="kibana-sections">
      {sections.map((section, i) => (
        <li key={section.id} className="kibana-section">
          <p className="kibana-where">
            <span className="kibana-number">
              {step}.{i + 1}
            </span>{' '}
            {describeNote(section.where)}
          </p>
          {section.notes.map((note, j) => (
            <p key={j} className="kibana-section-note">
              {describeNote(note)}
            </p>
          ))}
          {section.rows.length === 0 ? null : untouched(section) ? (
            <details className="kibana-fields">
              <summary>{outputUi.kibana.fieldsExplained(section.rows.length)}</summary>
              <Rows rows={section.rows} />
            </details>
          ) : (
            <Rows rows={section.rows} />
          )}
        </li>
      ))}
    </ol>
  );
}
