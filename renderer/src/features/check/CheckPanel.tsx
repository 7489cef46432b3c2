// "Check the draft", one panel for every kind of finding, with jump-to:
// - what is left to fill (drafting, issue 10): empty fields, unconfirmed facts, checklist items without a
//   status — checked on the content on screen, saved or not (the same list as `check ID`);
// - stale facts (reuse, issue 11): years, Chair/theme, titles, old ministry names, expired facts, pending
//   marks — checked on the main side over the saved review after each save, from an idle callback, so
//   never on the typing path.
import type { LexicalEditor } from 'lexical';
import { SidePanel } from '../../app/SidePanel.tsx';
import { useT } from '../../i18n/index.tsx';
import { DraftingFindings } from '../drafting/CheckPanel.tsx';
import { StaleFindings } from '../reuse/CheckPanel.tsx';

export function CheckPanel(props: {
  reviewId: string;
  editor: LexicalEditor | null;
  refreshKey: string;
  onJump(blockIndex: number): void;
  onJumpStale(blockIndex: number): void;
  onClose(): void;
}) {
  const t = useT();
  return (
    <SidePanel title={t('check.title')} onClose={props.onClose} testId="check-panel">
      <DraftingFindings reviewId={props.reviewId} editor={props.editor} onJump={props.onJump} />
      <StaleFindings reviewId={props.reviewId} refreshKey={props.refreshKey} onJump={props.onJumpStale} />
    </SidePanel>
  );
}
