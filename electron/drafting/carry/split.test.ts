import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitOrientation, carryItems } from './split.ts';
import { doc, heading, list, paragraph } from '../../shared/doc-build.ts';

test('orientations split from "+"/"-" items, ";" clauses and run-on task lists; lead-ins and connectives dropped', () => {
  assert.deepEqual(splitOrientation('- Phối hợp chặt chẽ với Phi-líp-pin;\n+ Tổ chức Diễn đàn Tương lai ASEAN 2026.'), ['Phối hợp chặt chẽ với Phi-líp-pin', 'Tổ chức Diễn đàn Tương lai ASEAN 2026']);
  assert.deepEqual(splitOrientation('Bên cạnh đó, tiếp tục quán triệt Kết luận 59-KL/TW; kiện toàn bộ máy phối hợp./.'), ['Tiếp tục quán triệt Kết luận 59-KL/TW', 'Kiện toàn bộ máy phối hợp']);
  assert.deepEqual(splitOrientation('Trao đổi về các định hướng năm 2026, các bộ, ngành nhất trí tiếp tục phát huy vai trò thành viên chủ động, đóng góp duy trì đoàn kết, thống nhất của ASEAN.'),
    ['Tiếp tục phát huy vai trò thành viên chủ động', 'Đóng góp duy trì đoàn kết, thống nhất của ASEAN']);
  assert.deepEqual(splitOrientation('Discussing the orientations for 2026, ministries agreed to continue to act as a responsible member; support the Philippines as Chair.'),
    ['Continue to act as a responsible member', 'Support the Philippines as Chair']);
  // "thống nhất" inside a task is not a lead-in.
  assert.deepEqual(splitOrientation('Tiếp tục phát huy vai trò; đóng góp duy trì đoàn kết, thống nhất và củng cố môi trường chiến lược.'), ['Tiếp tục phát huy vai trò', 'Đóng góp duy trì đoàn kết, thống nhất và củng cố môi trường chiến lược']);
});

test('items come only from orientations sections, not from their outlook part; lists give one item per line', () => {
  const content = doc([
    heading(1, 'III. PHƯƠNG HƯỚNG NĂM 2026'),
    heading(2, '1. Dự báo tình hình'),
    paragraph('Năm 2026, Phi-líp-pin đảm nhận vai trò Chủ tịch ASEAN.'),
    heading(2, '2. Các ưu tiên'),
    list('bullet', ['Tăng cường phối hợp liên ngành', 'Chuẩn bị Hội nghị Cấp cao']),
    heading(1, 'IV. KIẾN NGHỊ'),
    paragraph('Đề nghị Thủ tướng chỉ đạo.'),
  ]);
  const sections = [
    { key: 'orientations', blockStart: 0, blockEnd: 1, title: 'III. PHƯƠNG HƯỚNG NĂM 2026' },
    { key: 'orientations', blockStart: 1, blockEnd: 3, title: '1. Dự báo tình hình' },
    { key: 'orientations', blockStart: 3, blockEnd: 5, title: '2. Các ưu tiên' },
    { key: 'recommendations', blockStart: 5, blockEnd: 7, title: 'IV. KIẾN NGHỊ' },
  ];
  assert.deepEqual(carryItems(content, sections, 1).map((i) => i.text), ['Tăng cường phối hợp liên ngành', 'Chuẩn bị Hội nghị Cấp cao']);
});
