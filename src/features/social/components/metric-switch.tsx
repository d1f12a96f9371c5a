/** A row of toggle buttons (aria-pressed) for choosing what a chart shows; a real keyboard path outside the SVG. */
export function MetricSwitch<T extends string>({ label, options, value, onChange }: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div role="group" aria-label={label} className="metric-switch">
      <span className="metric-switch-label" aria-hidden="true">{label}:</span>
      {options.map((o) => (
        <button key={o.value} type="button" aria-pressed={o.value === value} onClick={() => onChange(o.value)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}
