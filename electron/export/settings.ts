// The export dialog's values for a review: what was used for this review last time, else defaults
// from the review itself (title → summary, lang → profile, today) and from the latest export of any review.
import type { ExportSettings } from '../shared/export.ts';
import type { Review } from '../shared/review.ts';

/** Values that belong to the office, not to one document: carried over from the latest export. */
const OFFICE_KEYS = ['parentAgency', 'agency', 'place', 'distribution', 'signingAuthority', 'signerName'] as const;

export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Vietnamese reviews go out in the Decree 30 layout, English ones in the international layout. */
export function profileFor(review: Review): ExportSettings['profile'] {
  return review.lang === 'vi' ? 'decree30' : 'international';
}

export function defaultExportSettings(
  review: Review,
  latest: Partial<ExportSettings> | undefined,
  now: Date,
): ExportSettings {
  const vi = review.lang === 'vi';
  const base: ExportSettings = {
    profile: profileFor(review),
    parentAgency: '',
    agency: '',
    // The number is given by the registry when the report is signed: never invented.
    number: '',
    place: vi ? 'Hà Nội' : '',
    date: localIsoDate(now),
    summary: review.title,
    addressees: [],
    distribution: vi ? ['Lưu: VT'] : [],
    signingAuthority: [],
    signerName: '',
  };
  const carried: Partial<ExportSettings> = {};
  for (const key of OFFICE_KEYS) {
    const value = latest?.[key];
    if (value !== undefined) Object.assign(carried, { [key]: value });
  }
  return { ...base, ...carried, ...fromImportedFrame(review) };
}

/**
 * A review imported from a Decree 30 Word file carries its own frame (agency, addressees, Nơi nhận,
 * signer) in its fields: re-exporting it keeps them. Its number and date belong to the old document.
 */
function fromImportedFrame(review: Review): Partial<ExportSettings> {
  const f = review.fields;
  const text = (key: string) => (typeof f[key] === 'string' && f[key] !== '' ? (f[key] as string) : undefined);
  const lines = (key: string) => text(key)?.split('\n').map((line) => line.trim()).filter(Boolean);
  const out: Partial<ExportSettings> = {};
  if (text('parentAgency')) out.parentAgency = text('parentAgency');
  if (text('agency')) out.agency = text('agency');
  if (text('docPlace')) out.place = text('docPlace');
  if (lines('addressees')) out.addressees = lines('addressees');
  if (lines('distribution')) out.distribution = lines('distribution');
  if (lines('signingAuthority')) out.signingAuthority = lines('signingAuthority');
  if (text('signerName')) out.signerName = text('signerName');
  return out;
}

/** A stored row may predate a field: fill the gaps from the defaults. */
export function withDefaults(stored: Partial<ExportSettings>, defaults: ExportSettings): ExportSettings {
  return { ...defaults, ...stored };
}
