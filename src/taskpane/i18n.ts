/**
 * The task pane's strings, Vietnamese first; English where Office's display language is English.
 */
export type UiLanguage = 'vi' | 'en';

export const STRINGS = {
  vi: {
    title: 'Đánh giá, xếp hạng mức độ ứng dụng CNTT',
    intro: 'Kiểm tra phiếu tự đánh giá, tính tỷ lệ, xếp loại, xếp hạng và lập các phụ lục kết quả.',
    ready: 'Sẵn sàng.',
    notExcel: 'Ngăn này chỉ chạy trong Excel.',
  },
  en: {
    title: 'IT application assessment and ranking',
    intro: 'Check self-assessment forms, compute ratios, grades and ranks, and build the annex tables.',
    ready: 'Ready.',
    notExcel: 'This pane runs in Excel only.',
  },
} as const;

/** Vietnamese unless Office speaks English ("en-US", "en-GB", …). */
export function uiLanguage(displayLanguage: string | undefined): UiLanguage {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
