// Small line icons (no icon font or emoji font needed: Linux without Noto Emoji showed empty boxes). Each
// is one element whose shape is a CSS mask (app.css, .icon-<name>: 16×16 line drawings as PNGs at 1×,
// 2× and 3×, assets/icons/shapes.ts) over currentColor, so it takes the text colour. library (issue 15): inline
// SVGs cost 3–5 elements each, four per library row — a third of a row's elements and of the first layout.
import type { IconName } from '../assets/icons/shapes.ts';

export const Icon = ({ name, className }: { name: IconName; className?: string }) => (
  <span className={`icon icon-${name}${className ? ` ${className}` : ''}`} aria-hidden="true" data-icon={name} />
);

export const IconRename = () => <Icon name="rename" />;
export const IconDuplicate = () => <Icon name="duplicate" />;
export const IconInfo = () => <Icon name="info" />;
export const IconTrash = () => <Icon name="trash" />;
export const IconTranslation = () => <Icon name="translation" />;
