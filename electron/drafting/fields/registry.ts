// The field registry lives in electron/shared (the renderer's fields panel needs the labels too).
export * from '../../shared/fields.ts';
