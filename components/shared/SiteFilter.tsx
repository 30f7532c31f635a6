/** The filters' choice of one site among those the list holds, or any. */
export function SiteFilter({ value, sites, onChange }: { value: string; sites: readonly string[]; onChange(event: Event): void }) {
  return (
    <label>
      Site
      <select value={value} onChange={onChange}>
        <option value="">Any site</option>
        {sites.map((site) => (
          <option value={site} key={site}>
            {site}
          </option>
        ))}
      </select>
    </label>
  );
}
