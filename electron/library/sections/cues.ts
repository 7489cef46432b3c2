// Cue phrases that open a section, in both languages, derived from the five seed reviews (see
// sections/README.md). Patterns are written against FOLDED text (lower case, no tone marks, đ → d),
// so they also match text typed without tone marks. `within` = how far into a paragraph the cue may
// start: cues that open a section sit at the head of its first paragraph ("Phát biểu bế mạc …",
// "Summarizing Vietnam's participation …"), while the same words deep inside a sentence do not.
import type { SectionKey } from '../../shared/sections.ts';

export interface Cue { key: SectionKey; re: RegExp; within: number }

const HEAD = 40;
const LEAD = 110;
const DEEP = 220;

function cues(key: SectionKey, within: number, ...res: RegExp[]): Cue[] {
  return res.map((re) => ({ key, re, within }));
}

/** When several cues match one paragraph, the key earliest in this list wins. */
export const KEY_PRIORITY: readonly SectionKey[] = [
  // drafting (issue 10): the templates' keys, found by their headings
  'recommendations', 'assessment',
  'closing', 'orientations', 'policy', 'vn-participation',
  'pillar-political-security', 'pillar-economic', 'pillar-socio-cultural', 'connectivity',
  // drafting (issue 10)
  'external-relations', 'context',
  'asean-results', 'meeting',
];

export const PARAGRAPH_CUES: readonly Cue[] = [
  ...cues('closing', LEAD,
    /phat bieu (be mac|ket luan|tong ket)/, /ket luan (hoi nghi|cuoc hop)/, /de nghi cac bo,? (nganh|ban)/,
    /hoi nghi thong nhat/, /cac dai bieu nhat tri de xuat/,
    /closing (ceremony|remarks|session|speech)/, /conclud(ing|ed) (remarks|the meeting|the conference)/,
    /in (his|her) conclu/, /(suggested|requested|asked) (that )?(the )?ministries/),
  ...cues('orientations', LEAD,
    /phuong huong/, /(ve|cac) dinh huong/, /nhiem vu (trong tam )?(nam|thoi gian) toi/, /trong tam sau/,
    /orientations?,? (for|of)/, /discussions on the orientations/, /priorities (for|in) (20\d\d|the (coming|next) year)/,
    /directions? for 20\d\d/, /the coming year/),
  ...cues('policy', DEEP,
    /ket luan (so )?59/, /59-kl\/tw/, /quy (che|dinh) (so )?142/, /de an (so )?161/, /chi thi (so )?25/,
    /conclusion (no\.? )?59/, /regulation (no\.? )?142/, /project (no\.? )?161/, /scheme (no\.? )?161/),
  ...cues('vn-participation', LEAD,
    /su tham gia cua viet nam/, /^(voi|doi voi) viet nam/, /^(trong )?nam 20\d\d, viet nam/, /viet nam da (co|dong gop|tham gia|dam nhiem)/,
    /dong gop cua viet nam/, /^viet nam (tiep tuc|da|cung)/,
    /viet ?nam'?s participation/, /viet ?nam has (made|actively|successfully|participated|contributed)/,
    /viet ?nam'?s (contributions?|role|viewpoints)/, /^for viet ?nam/),
  ...cues('pillar-political-security', HEAD, /chinh tri ?- ?an ninh/, /political ?- ?security/),
  ...cues('pillar-economic', HEAD,
    /(tru cot|cong dong|hop tac|lien ket|linh vuc) kinh te/, /economic (pillar|community|cooperation|integration)/),
  ...cues('pillar-socio-cultural', HEAD, /van hoa ?- ?xa hoi/, /socio ?- ?cultural/),
  ...cues('connectivity', HEAD, /ket noi (asean|khu vuc|ha tang)/, /connectivity/),
  ...cues('asean-results', LEAD,
    /(diem lai|danh gia|nhin lai) (cac )?(hoat dong|ket qua|tinh hinh)/, /ket qua (chung )?(cua )?(hop tac )?asean/,
    /danh gia cao tam quan trong/, /quan he doi ngoai cua asean/, /hop tac giua asean (voi|va) cac doi tac/,
    /asean'?s (activities|results|achievements|foreign relations)/, /results of asean/, /reviewing asean/),
  ...cues('meeting', LEAD,
    /(da )?chu tri (hoi nghi|cuoc hop)/, /(dai bieu|dai dien)[^.]{0,60}(tham du|tham gia) (hoi nghi|cuoc hop)/, /^tham du hoi nghi/,
    /to chuc (hop|hoi nghi|cuoc hop)/, /phat bieu khai mac/,
    /chaired (an?|the)/, /delegates[^.]{0,60}attended/, /opening (remarks|speech)/),
];

/** Heading text is short: any cue anywhere in it counts, plus words only headings use. */
export const HEADING_CUES: readonly Cue[] = [
  ...PARAGRAPH_CUES.map((c) => ({ ...c, within: Infinity })),
  // drafting (issue 10): headings of the report templates (I.1 Bối cảnh, I.5 Quan hệ đối ngoại, II.5 Đánh giá
  // chung, IV. Kiến nghị). Only headings learn them: articles keep their paragraph cues.
  ...cues('recommendations', Infinity, /^(\S+[.)] )?kien nghi/, /^(\S+[.)] )?(kien nghi va )?de xuat$/, /^(\S+[.)] )?recommendations?/),
  ...cues('assessment', Infinity, /danh gia chung/, /^(\S+[.)] )?(uu diem|han che|bai hoc)/, /overall assessment/, /^(\S+[.)] )?(strengths|shortcomings|lessons)/),
  ...cues('external-relations', Infinity, /quan he doi ngoai/, /external relations/),
  ...cues('context', Infinity, /^(\S+[.)] )?boi canh/, /^(\S+[.)] )?(the )?context\b/),
  ...cues('closing', Infinity, /to chuc thuc hien/, /kien nghi/, /de xuat/, /recommendations/, /implementation/),
  ...cues('orientations', Infinity, /dinh huong/, /nhiem vu/, /uu tien/, /orientations?/, /priorities/, /tasks/),
  ...cues('policy', Infinity, /the che/, /chinh sach/, /van ban/, /institution/, /policy/),
  ...cues('asean-results', Infinity, /tinh hinh (hop tac )?asean/, /ket qua/, /boi canh/, /results/, /achievements/),
  ...cues('pillar-economic', Infinity, /kinh te/, /economic/),
  ...cues('connectivity', Infinity, /ket noi/),
  ...cues('meeting', Infinity, /thong tin chung/, /hoi nghi/, /cuoc hop/, /meeting/),
];

/** Paragraphs that continue whatever precedes them: connectives, "this is …", list-like lines. */
export const CONTINUATION =
  /^(ben canh do|ngoai ra|dong thoi|them vao do|day (la|cung la|chinh la)|dieu nay|along with (that|this)|in addition|besides|moreover|furthermore|(this|these|that) (is|are|was|were)\b|[+\-•–*])/;

/** Photo captions ("(Ảnh: …)", "(Photo: …)") never open a section. */
export const CAPTION = /\((anh|photo|nguon|source):[^)]*\)\s*\|?\s*$|^anh: |\banh: [^.]{0,40}$/;
