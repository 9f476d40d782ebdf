/**
 * The work-site form as data: what the admin types, what the hub is sent, and which of the hub's
 * refusals belongs to which field. Pure, so it is tested without a browser.
 */

/** A weekly window as typed (weekday 1 = Monday … 7 = Sunday, times HH:MM). */
export interface SlotState {
  weekday: string;
  startTime: string;
  endTime: string;
}

/** The form as typed. */
export interface SiteFormState {
  name: string;
  kind: string;
  districtCode: string;
  address: string;
  /** One activity per line. */
  activities: string;
  capacity: string;
  availability: SlotState[];
  requiresProtectiveEquipment: boolean;
  childSuitable: boolean;
  nonCommercialConfirmed: boolean;
}

/** A site as the hub returns it (the fields the form edits). */
export interface SiteLike {
  name: string;
  kind: string;
  district: { code: string };
  address: string;
  activities: readonly string[];
  capacity: number;
  availability: readonly { weekday: number; startTime: string; endTime: string }[];
  requiresProtectiveEquipment: boolean;
  childSuitable: boolean;
  nonCommercialConfirmed: boolean;
}

/** The fields `registerWorkSite` and `updateWorkSite` share (`WorkSiteInput`). */
export interface SiteInput {
  name: string;
  kind: string;
  districtCode: string;
  address: string;
  activities: string[];
  capacity: number;
  availability: { weekday: number; startTime: string; endTime: string }[];
  requiresProtectiveEquipment: boolean;
  childSuitable: boolean;
  nonCommercialConfirmed: boolean;
}

/** A new site's form: the provider's district, one weekday morning window, nothing confirmed for the admin. */
export function emptySite(districtCode: string): SiteFormState {
  return {
    name: '',
    kind: 'MOSQUE',
    districtCode,
    address: '',
    activities: '',
    capacity: '',
    availability: [{ weekday: '1', startTime: '08:00', endTime: '12:00' }],
    requiresProtectiveEquipment: false,
    childSuitable: false,
    nonCommercialConfirmed: false,
  };
}

/** The form for changing an existing site, filled with what the hub has. */
export function siteToForm(site: SiteLike): SiteFormState {
  return {
    name: site.name,
    kind: site.kind,
    districtCode: site.district.code,
    address: site.address,
    activities: site.activities.join('\n'),
    capacity: String(site.capacity),
    availability: site.availability.map((s) => ({ weekday: String(s.weekday), startTime: s.startTime, endTime: s.endTime })),
    requiresProtectiveEquipment: site.requiresProtectiveEquipment,
    childSuitable: site.childSuitable,
    nonCommercialConfirmed: site.nonCommercialConfirmed,
  };
}

/**
 * What the hub is sent. The form does not judge the values: an empty or odd capacity goes as 0
 * and the hub refuses it by its own rule, naming the field, like every other rule of the site.
 */
export function formToInput(state: SiteFormState): SiteInput {
  const capacity = /^\s*\d+\s*$/.test(state.capacity) ? Number.parseInt(state.capacity, 10) : 0;
  return {
    name: state.name,
    kind: state.kind,
    districtCode: state.districtCode,
    address: state.address,
    activities: state.activities
      .split(/\r?\n/)
      .map((a) => a.trim())
      .filter(Boolean),
    capacity,
    availability: state.availability.map((s) => ({
      weekday: Number.parseInt(s.weekday, 10) || 0,
      startTime: s.startTime,
      endTime: s.endTime,
    })),
    requiresProtectiveEquipment: state.requiresProtectiveEquipment,
    childSuitable: state.childSuitable,
    nonCommercialConfirmed: state.nonCommercialConfirmed,
  };
}

/** The form's field a refusal names: `input.capacity` → `capacity`, `input.availability[1]` → `availability.1`. */
export function fieldOf(hubField: string | null | undefined): string | null {
  if (!hubField) return null;
  const m = /^(?:input\.)?([A-Za-z]+)(?:\[(\d+)\])?/.exec(hubField);
  if (!m) return null;
  return m[2] === undefined ? m[1]! : `${m[1]}.${m[2]}`;
}

/** The refusals that belong to one field of the form. */
export function errorsFor<T extends { field?: string | null }>(errors: readonly T[], field: string): T[] {
  return errors.filter((e) => fieldOf(e.field) === field);
}

/** Availability windows as a short text per weekday, e.g. "Senin 08.00–12.00". */
export function describeWindows(
  slots: readonly { weekday: number; startTime: string; endTime: string }[],
  weekdayName: (n: number) => string,
): string[] {
  return [...slots]
    .sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime))
    .map((s) => `${weekdayName(s.weekday)} ${s.startTime.replace(':', '.')}–${s.endTime.replace(':', '.')}`);
}

/**
 * An idempotency key per distinct submission: the same input sent again (a retry after a lost
 * answer) keeps its key, so the hub registers the site once; a changed input gets a new key, since
 * the hub answers a reused key with different input as a conflict.
 */
export function keyFor(previous: { input: string; key: string } | null, input: unknown, newKey: () => string) {
  const text = JSON.stringify(input);
  return previous && previous.input === text ? previous : { input: text, key: newKey() };
}

/** A fresh idempotency key (a UUID; crypto.randomUUID needs a secure context, getRandomValues does not). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The provider the signed-in admin works for, from the token's `provider_id` claim (display only: the hub checks it). */
export function providerIdOf(token: string): string | null {
  try {
    const part = token.split('.')[1];
    if (!part) return null;
    const claims = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    return typeof claims['provider_id'] === 'string' ? claims['provider_id'] : null;
  } catch {
    return null;
  }
}
