/** Label/value pairs shown inline under a title, e.g. a course's topic and care level. */
export function MetaList({ rows }: { rows: [label: string, value: string][] }) {
  return (
    <dl className="meta">
      {rows.map(([label, value]) => (
        <div key={label} className="meta__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
