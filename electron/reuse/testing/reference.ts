// A reference for tests, with the facts of shared/spec/asean-reference.md (the app reads data/ instead).
import type { RollReference } from '../roll/reference.ts';

const chairs: [number, string, string | undefined, string | undefined, boolean, boolean][] = [
  [2016, 'LA', 'Turning Vision into Reality for a Dynamic ASEAN Community', 'Biến tầm nhìn thành hành động vì một Cộng đồng ASEAN năng động', true, true],
  [2017, 'PH', 'Partnering for Change, Engaging the World', 'Đối tác cho sự thay đổi, hội nhập với thế giới', true, true],
  [2022, 'KH', 'ASEAN A.C.T.: Addressing Challenges Together', 'ASEAN hành động: Cùng ứng phó các thách thức', true, true],
  [2023, 'ID', 'ASEAN Matters: Epicentrum of Growth', 'ASEAN tầm vóc: Tâm điểm của tăng trưởng', true, true],
  [2024, 'LA', 'ASEAN: Enhancing Connectivity and Resilience', 'ASEAN: Thúc đẩy kết nối và tự cường', true, true],
  [2025, 'MY', 'Inclusivity and Sustainability', 'Bao trùm và Bền vững', true, true],
  [2026, 'PH', 'Navigating Our Future, Together', 'Cùng chèo lái tương lai chung', true, true],
  [2027, 'SG', undefined, undefined, true, false],
  [2028, 'TH', undefined, undefined, false, false],
];

export const testReference: RollReference = {
  countries: [
    { id: 'LA', vi: ['Lào'], en: ['Lao PDR', 'Laos'], enAdj: ['Lao'] },
    { id: 'PH', vi: ['Phi-líp-pin', 'Philippines'], en: ['the Philippines', 'Philippines'], enAdj: ['Philippine'] },
    { id: 'MY', vi: ['Malaysia', 'Ma-lai-xi-a'], en: ['Malaysia'], enAdj: ['Malaysian'] },
    { id: 'ID', vi: ['Indonesia', 'In-đô-nê-xi-a'], en: ['Indonesia'], enAdj: ['Indonesian'] },
    { id: 'SG', vi: ['Singapore', 'Xin-ga-po'], en: ['Singapore'], enAdj: ['Singaporean'] },
    { id: 'TH', vi: ['Thái Lan'], en: ['Thailand'], enAdj: ['Thai'] },
    { id: 'KH', vi: ['Campuchia', 'Cam-pu-chia'], en: ['Cambodia'], enAdj: ['Cambodian'] },
    { id: 'VN', vi: ['Việt Nam'], en: ['Viet Nam', 'Vietnam'], enAdj: ['Vietnamese'] },
  ],
  chairs: chairs.map(([year, country, themeEn, themeVi, confirmed, themeConfirmed]) => ({ year, country, themeEn, themeVi, confirmed, themeConfirmed })),
  summits: [
    { number: 42, year: 2023, month: 5 }, { number: 43, year: 2023, month: 9 }, { number: 44, year: 2024, month: 10 },
    { number: 45, year: 2024, month: 10 },
    { number: 46, year: 2025, month: 5, placeVi: 'Kuala Lumpur', placeEn: 'Kuala Lumpur' }, { number: 47, year: 2025, month: 10, placeVi: 'Kuala Lumpur', placeEn: 'Kuala Lumpur' },
    { number: 48, year: 2026, month: 5, placeVi: 'Cebu', placeEn: 'Cebu' }, { number: 49, year: 2026, month: 11, placeVi: 'Manila', placeEn: 'Manila' },
  ],
  titleHolders: [
    { title: 'som-head', name: 'Nguyễn Quốc Dũng', from: { year: 2016, month: 1 }, to: { year: 2022, month: 1 } },
    { title: 'som-head', name: 'Vũ Hồ', from: { year: 2022, month: 2 }, to: { year: 2023, month: 3 } },
    { title: 'som-head', name: 'Đỗ Hùng Việt', from: { year: 2023, month: 9 }, to: { year: 2025, month: 1 } },
    { title: 'som-head', name: 'Đặng Hoàng Giang', from: { year: 2025, month: 9 }, to: { year: 2025, month: 12 } },
  ],
  ministries: [
    { oldVi: 'Bộ Lao động - Thương binh và Xã hội', oldEn: 'Ministry of Labour, Invalids and Social Affairs', newVi: 'Bộ Nội vụ', newEn: 'Ministry of Home Affairs', effective: '2025-03-01' },
    { oldVi: 'Bộ Kế hoạch và Đầu tư', oldEn: 'Ministry of Planning and Investment', newVi: 'Bộ Tài chính', newEn: 'Ministry of Finance', effective: '2025-03-01' },
    { oldVi: 'Bộ Giao thông vận tải', oldEn: 'Ministry of Transport', newVi: 'Bộ Xây dựng', newEn: 'Ministry of Construction', effective: '2025-03-01' },
    { oldVi: 'Bộ Thông tin và Truyền thông', oldEn: 'Ministry of Information and Communications', newVi: 'Bộ Khoa học và Công nghệ', newEn: 'Ministry of Science and Technology', effective: '2025-03-01' },
  ],
  expiring: [
    { pattern: 'timor-leste\\s+(?:se|sap)\\s+(?:tro thanh|duoc ket nap)', until: '2025-10-26', vi: 'Timor-Leste đã là thành viên thứ 11 (26/10/2025)', en: 'Timor-Leste has been the 11th member since 26 October 2025' },
    { pattern: 'ke hoach tong the[^.;]{0,60}?2025', until: '2025-12-31', vi: 'Các Kế hoạch tổng thể 2025 đã kết thúc', en: 'The 2025 Blueprints have ended', successorVi: 'các Chiến lược thực hiện Tầm nhìn Cộng đồng ASEAN 2045', successorEn: 'the Strategic Plans of the ASEAN Community Vision 2045' },
  ],
  aseanFounded: 1967,
  vietNamJoined: 1995,
};
