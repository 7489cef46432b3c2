// The app shell: settings at start (language, last open review), the sidebar, the current screen
// (library, trash, editor), the search overlay, the import panel, toasts and confirmations.
import { publishSave } from './lastSave.ts';
import { lazy, startTransition, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api/index.ts';
import type { SearchHit } from '../../../electron/shared/library.ts';
import { LocaleProvider, translate, type Locale } from '../i18n/index.tsx';
import { ToastProvider, useToasts } from './toasts.tsx';
import { ConfirmProvider } from './confirm.tsx';
import { Sidebar } from './Sidebar.tsx';
import { LibraryView } from '../features/library/LibraryView.tsx';
import { TrashView } from '../features/trash/TrashView.tsx';
import type { ScrollTarget } from '../features/draft/EditorScreen.tsx';
import { SearchOverlay } from '../features/search/SearchOverlay.tsx';
import { EMPTY_SEARCH, type LibrarySearch } from '../features/search/filters.ts';
import { ImportPanel } from '../features/import/ImportPanel.tsx';
import { useImport } from '../features/import/useImport.ts';
import { AboutDialog } from '../features/settings/SettingsMenu.tsx';
import { NewReviewDialog, type NewReviewValues } from '../features/library/NewReviewDialog.tsx';
import { useMenuCommands } from './useMenuCommands.ts';
import { Announcer, SkipLink } from './a11y.tsx';
import { frontEnd } from '../features/chromium-app/frontEnd.ts';
import { droppedFiles, pickWithInput, type PickedFile } from '../features/chromium-app/pick.ts';
import { stagePicked } from '../features/chromium-app/transfer.ts';
import { useT } from '../i18n/index.tsx';
// drafting (issue 10)
import { ReferenceView } from '../features/drafting/ReferenceView.tsx';
import { TemplatesView } from '../features/drafting/TemplatesView.tsx';
import type { TemplateInfo } from '../../../electron/drafting/types.ts';
import { BackupDialog } from '../features/backup/BackupDialog.tsx';
// library (issue 15)
import { bootRowsSettled, takeBootSettings } from './bootRequests.ts';
import { uiFontReady } from './uiFont.ts';

// library (issue 15): the editor (Lexical and its plugins, most of the code) loads in its own chunk, so
// the library's first rows do not wait for it to be compiled; it is fetched once the library is drawn.
const loadEditorScreen = () => import('../features/draft/EditorScreen.tsx');
const EditorScreen = lazy(() => loadEditorScreen().then((module) => ({ default: module.EditorScreen })));

export type View = { name: 'library' } | { name: 'trash' } | { name: 'editor'; id: string }
  // drafting (issue 10)
  | { name: 'reference' } | { name: 'templates' };

export function App() {
  const [boot, setBoot] = useState<{ locale: Locale; lastOpen: string | null } | null>(null);
  const [locale, setLocaleState] = useState<Locale>('vi');
  const [bootError, setBootError] = useState<string | null>(null);

  useEffect(() => {
    if (!window.rdTransport) { setBootError(translate('vi', 'app.noBridge')); return; }
    // library (issue 15): asked before React started; the shell's first render waits for the first rows and
    // the interface's font too (uiFont.ts)
    (takeBootSettings() ?? api.settings.get({})).then(async (settings) => { await Promise.all([bootRowsSettled(), uiFontReady()]); return settings; })
      .then((settings) => {
        // library (issue 15): the shell's first render as a transition — React renders it in slices of a
        // few ms, yielding between them, instead of one long task (~40 ms of CPU on a cold start).
        performance.mark('rd:shell'); // for profiling the start: the shell's first render begins
        startTransition(() => {
          setLocaleState(settings.locale);
          setBoot({ locale: settings.locale, lastOpen: settings.lastOpenReviewId });
        });
      })
      .catch(() => setBoot({ locale: 'vi', lastOpen: null }));
  }, []);

  useEffect(() => { document.documentElement.lang = locale; }, [locale]);

  const localeValue = useMemo(() => ({
    locale,
    setLocale: (next: Locale) => {
      setLocaleState(next);
      void api.settings.set({ locale: next }).catch(() => undefined);
    },
  }), [locale]);

  return (
    <LocaleProvider value={localeValue}>
      <ToastProvider>
        <ConfirmProvider>
          {bootError ? <div className="boot-error" role="alert">{bootError}</div>
            : boot ? <Shell lastOpen={boot.lastOpen} />
            : <div className="screen-loading" aria-busy="true">{translate(locale, 'app.loading')}</div>}
        </ConfirmProvider>
      </ToastProvider>
    </LocaleProvider>
  );
}

function Shell(props: { lastOpen: string | null }) {
  const toasts = useToasts();
  const [view, setView] = useState<View>(props.lastOpen ? { name: 'editor', id: props.lastOpen } : { name: 'library' });
  const [scrollTarget, setScrollTarget] = useState<ScrollTarget | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [searchOpen, setSearchOpen] = useState(false);
  /** One search (query + filters) for the library and the Ctrl+K overlay, kept while hits are opened. */
  const [search, setSearch] = useState<LibrarySearch>(EMPTY_SEARCH);
  const [about, setAbout] = useState(false);
  // ship (issue 13): the Backups dialog from the menu (''), or for an archive the OS opened (true / its path).
  const [openedArchive, setOpenedArchive] = useState<string | boolean>(false);
  // The New review dialog: closed (false), open (true), or open on a template chosen on the Templates screen.
  const [creating, setCreating] = useState<boolean | TemplateInfo>(false);

  const refresh = useCallback(() => setRefreshKey((k) => k + 1), []);
  const importer = useImport(refresh, toasts.error);

  const rememberOpen = (id: string | null) => { void api.settings.set({ lastOpenReviewId: id }).catch(() => undefined); };

  const openReview = useCallback((id: string, blockIndex?: number) => {
    setView({ name: 'editor', id });
    setScrollTarget(blockIndex === undefined ? null : { index: blockIndex, nonce: Date.now() });
    rememberOpen(id);
  }, []);

  const showList = useCallback((name: 'library' | 'trash') => {
    setView(name === 'library' ? { name: 'library' } : { name: 'trash' });
    setScrollTarget(null);
    rememberOpen(null);
    refresh();
  }, [refresh]);

  const openHit = useCallback((hit: SearchHit) => {
    setSearchOpen(false);
    openReview(hit.reviewId, hit.blockIndex);
  }, [openReview]);

  const t = useT();
  /** Chromium app: what the user picked or dropped in the page goes through the same import as the desktop's. */
  const importPicked = useCallback(async (picking: Promise<PickedFile[] | null>, fromFolder: boolean) => {
    try {
      const picked = await picking;
      if (!picked || picked.length === 0) return;
      if (picked.length > 5) toasts.info((t) => t('chromiumApp.reading', { count: picked.length }));
      const { paths, skipped } = await stagePicked(picked, fromFolder);
      if (skipped > 0) toasts.info((t) => t('chromiumApp.skipped', { count: skipped }));
      if (paths.length > 0) await importer.start(paths);
      else toasts.info((t) => t('chromiumApp.nothingToImport'));
    } catch (error) {
      toasts.error(error);
    }
  }, [importer, toasts, t]);

  const startImport = useCallback(async (what: 'files' | 'folder' | string[]) => {
    try {
      if (typeof what === 'string' && (await frontEnd()) === 'chromium-app') {
        await importPicked(pickWithInput(what), what === 'folder');
        return;
      }
      const paths = typeof what === 'string' ? await api.dialog.pickImport({ mode: what }) : what;
      if (paths && paths.length) await importer.start(paths);
    } catch (error) {
      toasts.error(error);
    }
  }, [importer, toasts, importPicked]);

  /** A drop without file paths (no Electron preload): the Chromium app reads it in the page. */
  const dropFiles = useCallback((data: DataTransfer) => {
    const picking = droppedFiles(data); // the entries must be taken during the drop event
    void frontEnd().then((shell) => {
      if (shell === 'chromium-app') void importPicked(picking, true);
      else toasts.info((t) => t('library.dropNeedsDesktop'));
    });
  }, [importPicked, toasts, t]);

  // Global shortcuts: Ctrl/Cmd+K and Ctrl/Cmd+Shift+F open search.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && !event.altKey && ((key === 'k' && !event.shiftKey) || (key === 'f' && event.shiftKey))) {
        event.preventDefault();
        setSearchOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const createReview = useCallback(async (values: NewReviewValues) => {
    try {
      // drafting (issue 10): from a template and the review it builds on, or a blank page
      let id: string;
      if (values.template) {
        const made = await api.drafting.newReview({ year: values.year, lang: values.lang, kind: values.kind, template: values.template, ...(values.from ? { from: values.from } : {}) });
        if (values.title) await api.reviews.update({ id: made.review.id, patch: { title: values.title } });
        id = made.review.id;
      } else {
        id = (await api.reviews.create({ title: values.title, year: values.year, lang: values.lang, kind: values.kind })).id;
      }
      refresh();
      openReview(id);
      return true;
    } catch (error) {
      toasts.error(error);
      return false;
    }
  }, [refresh, openReview, toasts]);

  useMenuCommands({
    'new-review': () => setCreating(true),
    'import-files': () => void startImport('files'),
    'import-folder': () => void startImport('folder'),
    library: () => showList('library'),
    trash: () => showList('trash'),
    search: () => setSearchOpen(true),
    about: () => setAbout(true),
    // ship (issue 13)
    'open-archive': () => setOpenedArchive(true),
    backups: () => setOpenedArchive(''),
  });
  // library (issue 15): the editor's code is fetched when the browser is idle after the first screen.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => void loadEditorScreen().catch(() => undefined));
  }, []);
  // ship (issue 13): the app was started by opening a .rdlib file
  useEffect(() => {
    api.archive.takeOpened({}).then((path) => { if (path) setOpenedArchive(path); }).catch(() => undefined);
  }, []);

  const onMetaChanged = useCallback((meta: { updatedAt: string }) => publishSave(meta.updatedAt), []);
  const onMissing = useCallback(() => showList('library'), [showList]);

  return (
    <div className="app">
      <SkipLink />
      <Announcer />
      <Sidebar
        view={view}
        onLibrary={() => showList('library')}
        onTrash={() => showList('trash')}
        onSearch={() => setSearchOpen(true)}
        onNew={() => setCreating(true)}
        onAbout={() => setAbout(true)}
        onJump={(index) => setScrollTarget({ index, nonce: Date.now() })}
        onReference={() => { setView({ name: 'reference' }); rememberOpen(null); }}
        onTemplates={() => { setView({ name: 'templates' }); rememberOpen(null); }}
      />
      <main className="main" id="main" tabIndex={-1}>
        {/* Kept mounted (a11y/large libraries): going back shows the list, its scroll and focus at once. */}
        <LibraryView hidden={view.name !== 'library'} refreshKey={refreshKey} onChanged={refresh} search={search} onSearch={setSearch} onOpen={openReview} onOpenHit={openHit} onImport={(what) => void startImport(what)} onDropFiles={dropFiles} />
        {view.name === 'trash' && <TrashView refreshKey={refreshKey} onChanged={refresh} />}
        {view.name === 'reference' && <ReferenceView />}
        {view.name === 'templates' && <TemplatesView onUse={(template) => setCreating(template)} />}
        {view.name === 'editor' && (
          <Suspense fallback={<div className="screen-loading" aria-busy="true">{t('app.loading')}</div>}>
            <EditorScreen key={view.id} reviewId={view.id} scrollTarget={scrollTarget} onBack={() => showList('library')} onMetaChanged={onMetaChanged} onMissing={onMissing} onOpenReview={openReview} />
          </Suspense>
        )}
        <ImportPanel controller={importer} onOpenReview={(id) => openReview(id)} />
      </main>
      {searchOpen && <SearchOverlay search={search} onSearch={setSearch} onOpen={openHit} onClose={() => setSearchOpen(false)} />}
      {about && <AboutDialog onClose={() => setAbout(false)} />}
      {openedArchive !== false && <BackupDialog openedArchive={openedArchive || undefined} onClose={() => setOpenedArchive(false)} />}
      {creating !== false && <NewReviewDialog onCreate={createReview} onClose={() => setCreating(false)} {...(creating === true ? {} : { template: creating })} />}
    </div>
  );
}
