// Test helper: the glossary seeds of the reference spec (asean-reference.md), as glossary terms.
import type { GlossaryTerm } from '../glossary.ts';

const SEEDS: [string, string[]][] = [
  ['Cộng đồng ASEAN', ['ASEAN Community']],
  ['Cộng đồng Chính trị-An ninh', ['Political-Security Community', 'APSC']],
  ['Cộng đồng Kinh tế', ['Economic Community', 'AEC']],
  ['Cộng đồng Văn hóa-Xã hội', ['Socio-Cultural Community', 'ASCC']],
  ['Tầm nhìn Cộng đồng ASEAN 2045', ['ASEAN Community Vision 2045']],
  ['Kế hoạch tổng thể', ['Blueprint', 'Master Plan']],
  ['Kế hoạch chiến lược', ['Strategic Plan']],
  ['Trưởng SOM ASEAN Việt Nam', ["Head of Viet Nam's ASEAN SOM"]],
  ['Hội nghị Quan chức cao cấp', ["Senior Officials' Meeting"]],
  ['Ban Thư ký ASEAN', ['ASEAN Secretariat']],
  ['Vụ ASEAN', ['ASEAN Department']],
  ['Ban Thư ký Quốc gia về ASEAN', ['National Secretariat for ASEAN']],
  ['Hội đồng Điều phối ASEAN', ['ASEAN Coordinating Council']],
  ['Hội nghị Cấp cao', ['Summit']],
  ['Sáng kiến Liên kết ASEAN', ['Initiative for ASEAN Integration', 'IAI']],
  ['Hiệp định khung Kinh tế số', ['Digital Economy Framework Agreement', 'DEFA']],
  ['Hiệp định Thương mại hàng hóa', ['Trade in Goods Agreement', 'ATIGA']],
  ['Diễn đàn Tương lai ASEAN', ['ASEAN Future Forum']],
  ['Đại hội đồng Liên nghị viện', ['Inter-Parliamentary Assembly', 'AIPA']],
  ['Đối tác chiến lược toàn diện', ['Comprehensive Strategic Partnership']],
  ['Vai trò trung tâm', ['centrality']],
  ['Hội nghị liên ngành', ['inter-sectoral meeting']],
];

export const glossaryFixture: GlossaryTerm[] = SEEDS.map(([vi, en], i) => ({ key: `g${i}`, vi, en }));
