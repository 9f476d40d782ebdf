import { JAMBI_DISTRICTS } from './districts';

/** The Jambi districts as the options of a select, valued by BPS code (the analyst's filter, the site form). */
export function DistrictOptions() {
  return (
    <>
      {JAMBI_DISTRICTS.map((d) => (
        <option key={d.code} value={d.code}>
          {d.name}
        </option>
      ))}
    </>
  );
}
