/**
 * The form field an issue path belongs to. A list (Fleet Server URLs, hosts, platforms)
 * is one control, so an issue about its third entry belongs to the list itself.
 */
export function fieldNameOf(path: readonly (string | number)[], values: unknown): string {
  const parts: string[] = [];
  let current: unknown = values;
  for (const segment of path) {
    if (Array.isArray(current)) break;
    parts.push(String(segment));
    current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[String(segment)] : undefined;
  }
  return parts.length > 0 ? parts.join('.') : 'root';
}

/** The DOM id of a field's control (or of its fieldset), for labels and for focusing it. */
export function fieldIdOf(name: string): string {
  return `field-${name.replace(/\./g, '-')}`;
}
