import { useEffect, useState } from 'preact/hooks';
import { formatDay } from '../../lib/dates';
import { parseDays } from '../../lib/day-input';

export interface DayFieldProps {
  label: string;
  /** The day chosen (yyyy-mm-dd), or '' for none. */
  value: string;
  /** A month or a year typed stands for its first day, or its last. */
  end: 'first' | 'last';
  onChange(day: string): void;
}

const HINT = 'A day, month or year: 22 Sept 2025, Sept 2025, 2025';

/**
 * A day typed as the extension's pages write them ("22 Sept 2025"), not the browser's own
 * date field, which shows the browser's format (mm/dd/yyyy in American English). What was
 * understood is written back in the pages' form when the field is left.
 */
export function DayField({ label, value, end, onChange }: DayFieldProps) {
  const [text, setText] = useState(value ? formatDay(value) : '');
  const typed = parseDays(text);
  const invalid = text.trim() !== '' && !typed;
  // Cleared or set from elsewhere: the field follows.
  useEffect(() => {
    if (value !== (typed?.[end] ?? '')) setText(value ? formatDay(value) : '');
  }, [value]);
  const read = (next: string) => {
    setText(next);
    const days = parseDays(next);
    if (days) onChange(days[end]);
    else if (next.trim() === '') onChange('');
  };
  return (
    <label class="day-field">
      {label}
      <input
        type="text"
        inputMode="text"
        autocomplete="off"
        placeholder="e.g. 22 Sept 2025"
        title={HINT}
        value={text}
        aria-invalid={invalid}
        aria-description={HINT}
        onInput={(event) => read(event.currentTarget.value)}
        onBlur={() => typed && setText(typed.label)}
      />
      {invalid && <span class="field-error">Not a date</span>}
    </label>
  );
}
