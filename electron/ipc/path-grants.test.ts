import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createPathGrants, pathRefusal } from './path-grants.ts';

test('only chosen files, and what lies inside chosen folders, may be named', () => {
  const grants = createPathGrants();
  grants.grant(['/home/an/Báo cáo', '/home/an/Desktop/bao-cao-2025.docx', '']);
  assert.equal(grants.allows('/home/an/Báo cáo'), true);
  assert.equal(grants.allows('/home/an/Báo cáo/2024/a.docx'), true);
  assert.equal(grants.allows('/home/an/Desktop/bao-cao-2025.docx'), true);
  assert.equal(grants.allows('/home/an/Báo cáo/../.ssh/id_rsa'), false);
  assert.equal(grants.allows('/home/an/Báo cáo khác/a.docx'), false, 'a sibling whose name starts alike');
  assert.equal(grants.allows('/home/an/Desktop/other.docx'), false);
  assert.equal(grants.allows('relative.docx'), false);
  assert.equal(grants.allows(join('/', 'etc', 'passwd')), false);
});

test('import and export calls are checked; other channels are not', () => {
  const grants = createPathGrants();
  grants.grant(['/data/in']);
  assert.equal(pathRefusal(grants, 'import:start', { paths: ['/data/in/x.docx'] }), null);
  assert.equal(pathRefusal(grants, 'import:start', { paths: ['/data/in/x.docx', '/etc/passwd'] })?.code, 'path-not-chosen');
  assert.match(pathRefusal(grants, 'export:docx', { path: '/tmp/x.docx' })?.userMessage.vi ?? '', /không do bạn chọn/);
  assert.equal(pathRefusal(grants, 'export:pdf', { path: '/data/in/x.pdf' }), null);
  assert.equal(pathRefusal(grants, 'reviews:list', {}), null);
});

test('inbox (issue 14): contribution files, letters and commented returns must be chosen by the user', () => {
  const grants = createPathGrants();
  grants.grant(['/home/an/Đóng góp', '/home/an/cong-van.docx']);
  assert.equal(pathRefusal(grants, 'inbox:add', { reviewId: 'r', files: [{ path: '/home/an/Đóng góp/bct.docx' }] }), null);
  assert.equal(pathRefusal(grants, 'inbox:add', { reviewId: 'r', files: [{ path: '/home/an/Đóng góp/bct.docx' }, { path: '/etc/passwd', ministry: 'moit' }] })?.code, 'path-not-chosen');
  assert.equal(pathRefusal(grants, 'inbox:inspect', { reviewId: 'r', paths: ['/etc/shadow'] })?.code, 'path-not-chosen');
  assert.equal(pathRefusal(grants, 'comments:import', { reviewId: 'r', paths: ['/home/an/x.docx'] })?.code, 'path-not-chosen');
  assert.equal(pathRefusal(grants, 'inbox:letter', { reviewId: 'r', path: '/home/an/cong-van.docx' }), null);
  assert.equal(pathRefusal(grants, 'inbox:letter', { reviewId: 'r', path: '/home/an/.bashrc' })?.code, 'path-not-chosen');
});
