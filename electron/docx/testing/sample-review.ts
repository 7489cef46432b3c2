// A Vietnamese review exercising every node type, and default Decree 30 settings, for tests and the bench.
import type { DocBlock } from '../../shared/doc.ts';
import { TEXT_FORMAT } from '../../shared/doc.ts';
import { doc, heading, list, paragraph, table, tableCell, text } from '../../shared/doc-build.ts';
import type { ExportSettings } from '../../shared/export.ts';
import type { Review } from '../../shared/review.ts';

export const SAMPLE_SETTINGS: ExportSettings = {
  profile: 'decree30',
  parentAgency: 'Bộ Ngoại giao',
  agency: 'Vụ ASEAN',
  number: '5/BC-VASEAN',
  place: 'Hà Nội',
  date: '2026-01-05',
  summary: 'Tổng kết tình hình hợp tác ASEAN năm 2025',
  addressees: ['Lãnh đạo Bộ'],
  distribution: ['Như trên', 'Các đơn vị liên quan', 'Lưu: VT, VASEAN'],
  signingAuthority: ['KT. Vụ trưởng', 'Phó Vụ trưởng'],
  signerName: 'Nguyễn Thị Hằng',
};

export const DIACRITIC_SENTENCE = 'Điểm lại các hoạt động của ASEAN, Thứ trưởng Đỗ Hùng Việt khẳng định ASEAN tiếp tục có một năm thành công với nhiều dấu ấn nổi bật.';

export function sampleBlocks(): DocBlock[] {
  const nested = list('bullet', ['Tăng cường kết nối khu vực', 'Thúc đẩy chuyển đổi số']);
  return [
    heading(1, 'I. Kết quả hợp tác ASEAN năm 2025'),
    paragraph(DIACRITIC_SENTENCE),
    heading(2, '1. Trụ cột Chính trị - An ninh'),
    paragraph([text('Đậm ', TEXT_FORMAT.bold), text('nghiêng ', TEXT_FORMAT.italic), text('gạch chân', TEXT_FORMAT.underline), text(' và thường.')]),
    heading(3, 'a) Các hội nghị cấp cao'),
    list('bullet', ['Hội nghị Cấp cao ASEAN lần thứ 46 và 47', nested, 'Hợp tác tiểu vùng Mê Công']),
    list('number', ['Ưu tiên thứ nhất', 'Ưu tiên thứ hai']),
    paragraph('Đoạn văn giữa hai danh sách đánh số.'),
    list('number', ['Danh sách mới bắt đầu lại từ một', 'Mục thứ hai']),
    table([
      [tableCell('Lĩnh vực', { header: true }), tableCell('Số văn kiện', { header: true }), tableCell('Ghi chú', { header: true })],
      [tableCell('Chính trị - An ninh', { rowSpan: 2 }), '12', 'Đã thông qua'],
      ['8', 'Đang đàm phán'],
      [tableCell('Tổng cộng (gộp hai cột)', { colSpan: 2 }), '20'],
    ]),
    heading(1, 'II. Phương hướng năm 2026'),
    paragraph('Dòng một\nDòng hai sau ngắt dòng.'),
  ];
}

export function sampleReview(blocks: DocBlock[] = sampleBlocks()): Review {
  return {
    id: 'sample', title: 'Báo cáo tổng kết tình hình hợp tác ASEAN năm 2025', kind: 'report', lang: 'vi', year: 2025,
    status: 'draft', fields: {}, translationOf: null, createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null, content: doc(blocks),
  };
}
