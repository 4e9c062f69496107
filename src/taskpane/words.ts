/**
 * The pane's fixed words (headings, buttons, labels) put into the page in the language chosen.
 */
import { byId } from './dom';
import { PaneWords, Language } from '../engine/messages/pane-words';

/** Element id → the word it shows. */
function labels(s: PaneWords): Record<string, string> {
  return {
    title: s.title,
    intro: s.intro,
    language: s.language,
    'rubric-heading': s.stepRubric,
    'rules-heading': s.rulesHeading,
    'write-rules': s.writeRules,
    'inputs-heading': s.stepInputs,
    refresh: s.refresh,
    import: s.importFiles,
    'insert-label': s.insertSheets,
    'skip-hidden-label': s.skipHidden,
    'check-heading': s.stepCheck,
    check: s.check,
    'build-heading': s.stepBuild,
    'year-label': s.year,
    build: s.build,
    'live-label': s.live,
    'charts-label': s.charts,
    'document-heading': s.documentHeading,
    'notice-label': s.notice,
    'recipients-label': s.recipients,
    'signer-title-label': s.signerTitle,
    'signer-label': s.signer,
    'notice-docx': s.noticeDocx,
    previous: s.previous,
    draft: s.draft,
    fill: s.fill,
    'fill-confirm': s.fillConfirm,
    'fill-cancel': s.fillCancel,
    'fill-sort': s.fillSort,
    'forms-heading': s.stepForms,
    'agency-list-label': s.agencyList,
    'make-forms': s.makeForms,
    'drafts-heading': s.stepDrafts,
    'draft-deadline-label': s.draftDeadline,
    'draft-send-to-label': s.draftSendTo,
    'make-drafts': s.makeDrafts,
    'explain-agency-label': s.explainAgency,
  };
}

export function applyWords(words: PaneWords, language: Language): void {
  document.documentElement.lang = language;
  for (const [id, value] of Object.entries(labels(words))) byId(id).textContent = value;
  byId('language').setAttribute('lang', language === 'vi' ? 'en' : 'vi');
}
