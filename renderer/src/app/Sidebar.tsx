// Left sidebar: app name, navigation, the open review's sections, language and About at the bottom.
import { useT } from '../i18n/index.tsx';
import { SectionsPanel } from '../features/sections/SectionsPanel.tsx';
import { LanguageSwitch } from '../features/settings/SettingsMenu.tsx';
import type { View } from './App.tsx';
import { Icon } from './icons.tsx';

export interface SidebarProps {
  view: View;
  onLibrary(): void;
  onTrash(): void;
  onSearch(): void;
  onNew(): void;
  onAbout(): void;
  onJump(blockIndex: number): void;
  // drafting (issue 10)
  onReference?(): void;
  onTemplates?(): void;
}

export function Sidebar(props: SidebarProps) {
  const t = useT();
  const { view } = props;
  return (
    <aside className="sidebar" aria-label={t('app.name')}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">R</span>
        <div>
          <div className="brand-name">{t('app.name')}</div>
          <div className="brand-tagline">{t('app.tagline')}</div>
        </div>
      </div>
      <button type="button" className="button primary sidebar-new" onClick={props.onNew} data-testid="new-review">+ {t('library.new')}</button>
      <nav className="nav" aria-label={t('app.name')}>
        <button type="button" className={`nav-item${view.name === 'library' ? ' active' : ''}`} aria-current={view.name === 'library' ? 'page' : undefined} onClick={props.onLibrary} data-testid="nav-library">
          <Icon name="library" className="nav-icon" />{t('nav.library')}
        </button>
        <button type="button" className="nav-item" onClick={props.onSearch} data-testid="nav-search">
          <Icon name="search" className="nav-icon" />{t('nav.search')}<kbd>{t('search.shortcut')}</kbd>
        </button>
        <button type="button" className={`nav-item${view.name === 'trash' ? ' active' : ''}`} aria-current={view.name === 'trash' ? 'page' : undefined} onClick={props.onTrash} data-testid="nav-trash">
          <Icon name="trash" className="nav-icon" />{t('nav.trash')}
        </button>
        {/* drafting (issue 10) */}
        <button type="button" className={`nav-item${view.name === 'templates' ? ' active' : ''}`} aria-current={view.name === 'templates' ? 'page' : undefined} onClick={props.onTemplates} data-testid="nav-templates">
          <Icon name="templates" className="nav-icon" />{t('nav.templates')}
        </button>
        <button type="button" className={`nav-item${view.name === 'reference' ? ' active' : ''}`} aria-current={view.name === 'reference' ? 'page' : undefined} onClick={props.onReference} data-testid="nav-reference">
          <Icon name="reference" className="nav-icon" />{t('nav.reference')}
        </button>
      </nav>
      {view.name === 'editor' && <SectionsPanel reviewId={view.id} onJump={props.onJump} />}
      <div className="sidebar-footer">
        <LanguageSwitch />
        <button type="button" className="link-button small" onClick={props.onAbout} data-testid="open-about">{t('settings.about')}</button>
      </div>
    </aside>
  );
}
