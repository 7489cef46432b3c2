// Export settings: the values of the Decree 30 header and closing, remembered per review.
export const EXPORT_PROFILES = ['decree30', 'international'] as const;
export type ExportProfile = (typeof EXPORT_PROFILES)[number];

export interface ExportSettings {
  profile: ExportProfile;
  /** Cơ quan chủ quản (optional), e.g. "BỘ NGOẠI GIAO" when the issuer is a department. */
  parentAgency: string;
  /** Cơ quan ban hành, e.g. "VỤ ASEAN" or "BỘ NGOẠI GIAO". */
  agency: string;
  /** Number and symbol after "Số:", e.g. "05/BC-BNG". Empty → "Số:      /BC-…" left for hand filling. */
  number: string;
  place: string;
  /** ISO date (YYYY-MM-DD) of signing. */
  date: string;
  /** Trích yếu: the summary line under "BÁO CÁO"; defaults to the review title. */
  summary: string;
  /** Kính gửi recipients; empty → no "Kính gửi" line. */
  addressees: string[];
  /** Nơi nhận entries, without the leading "- " and trailing ";". */
  distribution: string[];
  /** Signing authority lines, e.g. ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"]. */
  signingAuthority: string[];
  signerName: string;
  /** Photo captions from imported articles go into a Decree 30 file only when asked (issue 8 item 11). */
  includeCaptions?: boolean;
}

export interface ExportResult {
  path: string;
  bytes: number;
  pages?: number;
}
