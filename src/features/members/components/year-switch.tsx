import { useId } from 'react';

/** A row of toggle buttons (aria-pressed) for a chart's year-on-year choices: a keyboard path outside the SVG. */
export function YearSwitch<T extends string>({ label, options, value, onChange }: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="members-switch">
      <span id={id} className="members-switch-label">{label}</span>
      {options.map((o) => (
        <button key={o.value} type="button" aria-pressed={o.value === value} onClick={() => onChange(o.value)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}
