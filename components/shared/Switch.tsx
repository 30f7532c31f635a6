/**
 * An on/off setting: a checkbox with the switch role, so that it is announced as one. `name`,
 * when given, is what it is announced as, where the visible label only says "On" or "Off".
 */
export function Switch({ label, name, checked, onChange }: { label: string; name?: string; checked: boolean; onChange(on: boolean): void }) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        aria-label={name}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-label" aria-hidden={name ? 'true' : undefined}>
        {label}
      </span>
    </label>
  );
}
