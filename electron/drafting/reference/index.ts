// Reference data: the stable API other areas (reuse, CLI, app) import. Pure: no Node, no DOM.
export * from './schema.ts';
export { parseReferenceFile, type ParsedFile } from './parse.ts';
export { buildReference, emptyReferenceData, type Reference, type SourceFile } from './build.ts';
export { checkEdit, applyEdits, coerceEditValue, editableFields, USER_SOURCE, type EditCheck, type EditProblem } from './edits.ts';
export * from './query.ts';
export { checkEntry, type EntryMode, type EntrySave, type FieldRefusal } from './entry.ts';
export { referenceForms, kindForm, type RefFieldSpec, type RefForms, type RefInput, type RefKindForm } from './fields.ts';
export type { FileProblem } from '../problems.ts';
export { problemText } from '../problems.ts';
