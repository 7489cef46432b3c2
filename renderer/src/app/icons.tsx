// Small line icons drawn inline (no icon font or emoji font needed: Linux without Noto Emoji showed
// empty boxes). They inherit the text colour; the button around them carries the label.
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4"
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const IconRename = () => <Icon><path d="M10.5 2.5l3 3L5 14H2v-3z" /><path d="M9 4l3 3" /></Icon>;
export const IconDuplicate = () => <Icon><rect x="5" y="5" width="9" height="9" rx="1.5" /><path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5" /></Icon>;
export const IconInfo = () => <Icon><circle cx="8" cy="8" r="6.2" /><path d="M8 7.2V11.5" /><path d="M8 4.6v.1" /></Icon>;
export const IconTrash = () => <Icon><path d="M2.5 4h11" /><path d="M6 4V2.5h4V4" /><path d="M4 4l.7 9.5h6.6L12 4" /><path d="M6.7 6.5v4.5M9.3 6.5v4.5" /></Icon>;
export const IconTranslation = () => <Icon><path d="M2 3.5h6M5 2v1.5M3.5 3.5c.5 2.5 2 4 4 5M6.5 3.5C6 6 4.5 8 2 9" /><path d="M8.5 14l2.8-7 2.8 7M9.6 11.5h3.4" /></Icon>;
