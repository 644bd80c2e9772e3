// Words that say whether a span of time is being reviewed or planned. Data, not code.

/** Words that make the time after them the one being reviewed. */
export const REVIEW_WORDS: readonly string[] = [
  'tổng kết', 'sơ kết', 'giao ban', 'đánh giá', 'báo cáo', 'kết quả', 'nhìn lại', 'điểm lại', 'tình hình', 'lũy kế',
];

/** Words that make the time after them a plan, not a review. */
export const PLAN_WORDS: readonly string[] = [
  'triển khai', 'phương hướng', 'kế hoạch', 'phấn đấu', 'mục tiêu', 'định hướng', 'dự kiến', 'đề ra', 'chuẩn bị', 'quy hoạch',
  'chiến lược',
];

/** Enough context for a span of several years: "hội nghị … (2011-2013)". */
export const MEETING_WORDS: readonly string[] = ['hội nghị', 'hội thảo'];
