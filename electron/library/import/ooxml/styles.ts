// What the style and numbering parts say about a paragraph: its heading level (style name or outline
// level, through basedOn), its list kind, and the font its runs inherit (for TCVN3/VNI conversion).
import { descendants, parseSmallXml, type XmlElement } from './package-parts.ts';

interface StyleInfo { name: string; basedOn?: string; outline?: number; font?: string; numId?: string; ilvl?: number }

export interface StyleBook {
  /** 1–3 for a heading (Heading 1…, Tiêu đề N, Title, outline level), else null. */
  headingLevel(styleId: string | undefined, outline: number | undefined): 1 | 2 | 3 | null;
  /** Font a run inherits from its character style, paragraph style or the document defaults. */
  font(runStyle: string | undefined, paraStyle: string | undefined): string | undefined;
  /** The list numbering a paragraph style carries (Word's "List Number" etc.). */
  styleNumbering(styleId: string | undefined): { numId: string; ilvl: number } | null;
  /** bullet or number for numId/ilvl; null when the numbering does not exist (numId 0 = none). */
  listKind(numId: string, ilvl: number): 'bullet' | 'number' | null;
}

const val = (el: XmlElement | undefined): string | undefined => el?.attrs['w:val'];
const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => el?.children.find((c) => c.name === name);

function fontOf(rPr: XmlElement | undefined): string | undefined {
  const fonts = child(rPr, 'w:rFonts');
  return fonts ? (fonts.attrs['w:ascii'] ?? fonts.attrs['w:hAnsi']) : undefined;
}

const HEADING_NAME = /^(?:heading|tiêu đề|titre|überschrift|título)\s*(\d)$/iu;

export function readStyleBook(stylesXml: string | null, numberingXml: string | null, file: string): StyleBook {
  const styles = new Map<string, StyleInfo>();
  let defaultFont: string | undefined;
  let defaultParaStyle: string | undefined;
  if (stylesXml) {
    const root = parseSmallXml(stylesXml, file, 'styles.xml');
    for (const d of descendants(root, 'w:rPrDefault')) defaultFont = fontOf(child(d, 'w:rPr')) ?? defaultFont;
    for (const style of descendants(root, 'w:style')) {
      const id = style.attrs['w:styleId'];
      if (!id) continue;
      const pPr = child(style, 'w:pPr');
      const numPr = child(pPr, 'w:numPr');
      const outline = val(child(pPr, 'w:outlineLvl'));
      const info: StyleInfo = { name: val(child(style, 'w:name')) ?? id };
      const basedOn = val(child(style, 'w:basedOn'));
      if (basedOn) info.basedOn = basedOn;
      if (outline !== undefined) info.outline = Number(outline);
      const font = fontOf(child(style, 'w:rPr'));
      if (font) info.font = font;
      const numId = val(child(numPr, 'w:numId'));
      if (numId) { info.numId = numId; info.ilvl = Number(val(child(numPr, 'w:ilvl')) ?? 0); }
      styles.set(id, info);
      if (style.attrs['w:type'] === 'paragraph' && style.attrs['w:default'] === '1') defaultParaStyle = id;
    }
  }
  const chain = (id: string | undefined): StyleInfo[] => {
    const out: StyleInfo[] = [];
    for (let at = id, n = 0; at && n < 20; n++) {
      const info = styles.get(at);
      if (!info) break;
      out.push(info);
      at = info.basedOn;
    }
    return out;
  };
  const formats = new Map<string, Map<number, string>>();
  const numToAbstract = new Map<string, string>();
  if (numberingXml) {
    const root = parseSmallXml(numberingXml, file, 'numbering.xml');
    for (const abs of descendants(root, 'w:abstractNum')) {
      const levels = new Map<number, string>();
      for (const lvl of abs.children.filter((c) => c.name === 'w:lvl')) {
        levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), val(child(lvl, 'w:numFmt')) ?? 'decimal');
      }
      formats.set(abs.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const num of descendants(root, 'w:num')) {
      numToAbstract.set(num.attrs['w:numId'] ?? '', val(child(num, 'w:abstractNumId')) ?? '');
    }
  }
  return {
    headingLevel(styleId, outline) {
      if (outline !== undefined && outline >= 0 && outline <= 8) return Math.min(3, outline + 1) as 1 | 2 | 3;
      for (const info of chain(styleId)) {
        const name = info.name.trim();
        if (/^title$/iu.test(name)) return 1;
        if (/^subtitle$/iu.test(name)) return 2;
        const match = HEADING_NAME.exec(name);
        if (match) return Math.min(3, Math.max(1, Number(match[1]))) as 1 | 2 | 3;
        if (info.outline !== undefined && info.outline <= 8) return Math.min(3, info.outline + 1) as 1 | 2 | 3;
      }
      return null;
    },
    font(runStyle, paraStyle) {
      for (const info of chain(runStyle)) if (info.font) return info.font;
      for (const info of chain(paraStyle ?? defaultParaStyle)) if (info.font) return info.font;
      return defaultFont;
    },
    styleNumbering(styleId) {
      for (const info of chain(styleId)) if (info.numId) return { numId: info.numId, ilvl: info.ilvl ?? 0 };
      return null;
    },
    listKind(numId, ilvl) {
      if (numId === '0') return null;
      const abs = numToAbstract.get(numId);
      const format = abs === undefined ? undefined : formats.get(abs)?.get(ilvl) ?? formats.get(abs)?.get(0);
      if (abs === undefined) return numberingXml ? null : 'bullet';
      if (format === 'none') return null;
      return format === 'bullet' ? 'bullet' : 'number';
    },
  };
}
