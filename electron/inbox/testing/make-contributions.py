#!/usr/bin/python3
"""Contribution files from five ministries, as ministries send them (issue 14 tests, e2e and bench).

usage: make-contributions.py OUT_DIR [--year 2026] [--pages N] [--count N]
Writes Word files with python-docx and prints a JSON manifest (file -> expected current ministry key):
  - Bộ Công Thương: Decree 30 header table, number 1234/BCT-ĐB, dated 20/11/2026;
  - Bộ Kế hoạch và Đầu tư (its pre-2025 name): header table; expected: Bộ Tài chính (mof);
  - Bộ Y tế: no header at all, told by its file name only;
  - Ngân hàng Nhà nước: a department's header ("VỤ HỢP TÁC QUỐC TẾ") and the number 88/NHNN-HTQT;
  - Bộ Giáo dục và Đào tạo: sent twice, the second with one paragraph changed and one added.
With --count N > 5, N files from N different (current) ministries instead, each --pages long (bench).
"""
import json, sys, os
from docx import Document
from docx.shared import Pt

args = sys.argv[1:]
out = args[0]
year = int(args[args.index('--year') + 1]) if '--year' in args else 2026
pages = int(args[args.index('--pages') + 1]) if '--pages' in args else 1
count = int(args[args.index('--count') + 1]) if '--count' in args else 5
os.makedirs(out, exist_ok=True)


def header(doc, agencies, number, date):
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = '\n'.join(agencies)
    t.cell(0, 1).text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'
    t.cell(1, 0).text = f'Số: {number}'
    t.cell(1, 1).text = f'Hà Nội, ngày {date[0]} tháng {date[1]} năm {date[2]}'


def body(doc, field, results, orientations, extra_pages=0):
    doc.add_paragraph('BÁO CÁO')
    doc.add_paragraph(f'Tình hình hợp tác ASEAN năm {year} trong lĩnh vực {field}')
    doc.add_paragraph('Kính gửi: Bộ Ngoại giao')
    doc.add_heading(f'I. KẾT QUẢ HỢP TÁC ASEAN NĂM {year}', level=1)
    for p in results:
        doc.add_paragraph(p)
    # About 45 lines of 14 pt text a page: 9 paragraphs of 5 lines.
    for page in range(extra_pages):
        for k in range(9):
            doc.add_paragraph(f'Trong lĩnh vực {field}, đợt {page + 1}.{k + 1}: các đơn vị đã triển khai kế hoạch hành động, phối hợp với các nước thành viên ASEAN tổ chức hội nghị, hội thảo, chia sẻ kinh nghiệm và xây dựng năng lực, góp phần thực hiện Tầm nhìn Cộng đồng ASEAN 2045 và các kế hoạch chiến lược của Cộng đồng.')
    doc.add_heading(f'II. PHƯƠNG HƯỚNG NĂM {year + 1}', level=1)
    for p in orientations:
        doc.add_paragraph(p)


def save(doc, name):
    path = os.path.join(out, name)
    doc.save(path)
    return path


manifest = []
if count <= 5:
    d = Document(); header(d, ['BỘ CÔNG THƯƠNG'], '1234/BCT-ĐB', ('20', '11', year))
    body(d, 'công thương', [f'Năm {year}, Bộ Công Thương chủ trì đàm phán nâng cấp Hiệp định Thương mại hàng hóa ASEAN (ATIGA).', 'Kim ngạch thương mại giữa Việt Nam và các nước ASEAN tiếp tục tăng trưởng.'],
         [f'Năm {year + 1}, tiếp tục thúc đẩy thực thi ATIGA nâng cấp và Hiệp định khung về Kinh tế số ASEAN (DEFA).'])
    manifest.append({'file': save(d, 'cong-van-1234.docx'), 'ministry': 'moit', 'by': 'header', 'docDate': f'{year}-11-20'})

    d = Document(); header(d, ['BỘ KẾ HOẠCH VÀ ĐẦU TƯ'], '567/BKHĐT-KTĐN', ('18', '11', year))
    body(d, 'đầu tư', ['Dòng vốn đầu tư từ các nước ASEAN vào Việt Nam duy trì ổn định.'], [f'Năm {year + 1}, tăng cường xúc tiến đầu tư nội khối ASEAN.'])
    manifest.append({'file': save(d, 'bao-cao-dau-tu.docx'), 'ministry': 'mof', 'by': 'header', 'former': 'mpi'})

    d = Document()
    d.add_heading(f'I. KẾT QUẢ HỢP TÁC ASEAN NĂM {year}', level=1)
    d.add_paragraph('Hợp tác y tế ASEAN tập trung vào ứng phó dịch bệnh và Trung tâm ASEAN về Y tế công cộng và Dịch bệnh mới nổi (ACPHEED).')
    d.add_heading(f'II. PHƯƠNG HƯỚNG NĂM {year + 1}', level=1)
    d.add_paragraph(f'Năm {year + 1}, tham gia vận hành ACPHEED và các cơ chế y tế khu vực.')
    manifest.append({'file': save(d, 'Bo_Y_te_gop_y.docx'), 'ministry': 'moh', 'by': 'name'})

    d = Document(); header(d, ['VỤ HỢP TÁC QUỐC TẾ'], '88/NHNN-HTQT', ('05', '12', year))
    body(d, 'ngân hàng', ['Hợp tác tài chính, ngân hàng ASEAN tiếp tục được thúc đẩy, nhất là kết nối thanh toán khu vực.'], [f'Năm {year + 1}, mở rộng kết nối thanh toán bằng mã QR với các nước ASEAN.'])
    manifest.append({'file': save(d, 'nhnn.docx'), 'ministry': 'sbv', 'by': 'number'})

    for version in (1, 2):
        d = Document(); header(d, ['BỘ GIÁO DỤC VÀ ĐÀO TẠO'], f'{40 + version}/BGDĐT-HTQT', ('15' if version == 1 else '25', '11', year))
        results = ['Việt Nam tham gia tích cực Hội nghị Bộ trưởng Giáo dục ASEAN.', 'Số học bổng ASEAN dành cho sinh viên Việt Nam tăng.']
        if version == 2:
            results = ['Việt Nam tham gia tích cực Hội nghị Bộ trưởng Giáo dục ASEAN lần thứ 13.', 'Số học bổng ASEAN dành cho sinh viên Việt Nam tăng.', 'Mạng lưới các trường đại học ASEAN (AUN) kết nạp thêm hai trường của Việt Nam.']
        body(d, 'giáo dục', results, [f'Năm {year + 1}, triển khai Kế hoạch công tác giáo dục ASEAN.'])
        manifest.append({'file': save(d, f'giao-duc-v{version}.docx'), 'ministry': 'moet', 'by': 'header', 'version': version})
else:
    MINISTRIES = ['BỘ QUỐC PHÒNG', 'BỘ CÔNG AN', 'BỘ NỘI VỤ', 'BỘ TƯ PHÁP', 'BỘ TÀI CHÍNH', 'BỘ CÔNG THƯƠNG', 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
                  'BỘ XÂY DỰNG', 'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'BỘ KHOA HỌC VÀ CÔNG NGHỆ', 'BỘ GIÁO DỤC VÀ ĐÀO TẠO', 'BỘ Y TẾ',
                  'BỘ DÂN TỘC VÀ TÔN GIÁO', 'NGÂN HÀNG NHÀ NƯỚC VIỆT NAM', 'THANH TRA CHÍNH PHỦ', 'VĂN PHÒNG CHÍNH PHỦ']
    for i in range(count):
        d = Document()
        agency = MINISTRIES[i % len(MINISTRIES)]
        header(d, [agency] if i < len(MINISTRIES) else ['ỦY BAN NHÂN DÂN', f'SỞ NGOẠI VỤ SỐ {i}'], f'{100 + i}/BC', ('10', '11', year))
        body(d, f'số {i}', [f'Kết quả {i}.'], [f'Phương hướng {i}.'], extra_pages=pages)
        manifest.append({'file': save(d, f'contribution-{i:02d}.docx'), 'ministry': None})

print(json.dumps(manifest, ensure_ascii=False))
