// What the HTML extractor knows about page furniture: tag roles, class/id hints for boilerplate and for article
// content, and the short lines that are chrome wherever they stand. Data, not code: src/clean/html/ compiles
// these lists once.

/** Elements that never carry article text. They are dropped with everything inside them. */
export const NEVER_CONTENT_TAGS: readonly string[] = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'map', 'button', 'select', 'option', 'input', 'textarea', 'link', 'meta', 'head', 'title', 'dialog',
  'menu', 'frameset', 'frame', 'applet', 'picture', 'source', 'figcaption',
];

/**
 * Page regions that are chrome on almost every site. They are dropped too, unless one of them holds most of the
 * page's prose: some sites wrap the whole page in a form (ASP.NET portals) or put the story in an aside.
 */
export const CHROME_REGION_TAGS: readonly string[] = ['nav', 'footer', 'aside', 'header', 'form', 'fieldset'];

/** Text-level elements: they continue the line they are in. Everything else starts a new block. */
export const INLINE_TAGS: readonly string[] = [
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img',
  'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'var', 'wbr', 'br',
];

/** Blocks that are a paragraph on their own: their score goes to the element that holds them. */
export const PARAGRAPH_TAGS: readonly string[] = ['p', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'dd', 'li'];

/** Readability's starting score of a candidate container by its tag. */
export const TAG_BASE_SCORE: Readonly<Record<string, number>> = {
  div: 5, article: 5, section: 3, main: 5,
  pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** Class/id hints that mark a boilerplate region, matched as substrings of the lower-cased "class id" string. */
export const BOILERPLATE_HINTS: Readonly<Record<string, readonly string[]>> = {
  comments: ['comment', 'disqus', 'replies', 'binh-luan', 'binhluan', 'y-kien', 'ykien', 'feedback'],
  share: ['share', 'sharing', 'social', 'addthis', 'sharethis', 'chia-se', 'chiase', 'likebox', 'fb-like', 'zalo'],
  related: [
    'related', 'relate', 'more-news', 'morenews', 'more-stories', 'tin-lien-quan', 'tinlienquan', 'other-news',
    'othernews', 'tin-khac', 'tinkhac', 'cung-chuyen-muc', 'cungchuyenmuc', 'read-more', 'readmore', 'recommend',
    'outbrain', 'taboola', 'you-may-like', 'trending', 'most-popular', 'mostpopular', 'most-read', 'mostread',
    'tin-doc-nhieu', 'xem-nhieu', 'xemnhieu', 'docnhieu', 'tin-moi', 'tinmoi', 'hot-news', 'hotnews',
  ],
  sidebar: ['sidebar', 'side-bar', 'sidebox', 'rightcol', 'right-col', 'leftcol', 'left-col', 'skyscraper', 'widget'],
  navigation: ['breadcrumb', 'navbar', 'navigation', 'menu', 'pagination', 'pager', 'masthead', 'topbar', 'toolbar', 'skip-link', 'skiplink'],
  advert: ['advert', 'adsbygoogle', 'ad-slot', 'adslot', 'ad-container', 'ad-wrapper', 'ad-unit', 'dfp', 'banner', 'sponsor', 'quangcao', 'quang-cao', 'promo'],
  newsletter: ['newsletter', 'subscribe', 'subscription', 'signup', 'sign-up', 'register'],
  cookie: ['cookie', 'consent', 'gdpr'],
  popup: ['popup', 'pop-up', 'modal', 'overlay', 'lightbox', 'tooltip', 'popover', 'hovercard', 'rollover'],
  tags: ['tag-list', 'taglist', 'tags-', '-tags', 'keyword', 'tu-khoa', 'tukhoa'],
  authorBio: ['author-bio', 'authorbio', 'author-info', 'about-author', 'author-box', 'authorbox', 'bio-box'],
  counters: ['luot-xem', 'luotxem', 'view-count', 'viewcount', 'counter', 'thong-ke', 'thongke', 'online-count', 'statistic'],
  tools: ['print', 'font-size', 'fontsize', 'tool-bar', 'article-tools', 'rating', 'vote'],
  footer: ['footer', 'copyright', 'bottom-bar'],
  captions: ['caption', 'credit', 'image-desc', 'photo-desc'],
};

/** Boilerplate hints that must be a whole class/id word ("ad", "nav", "tags"): as substrings they are too common. */
export const BOILERPLATE_WORDS: Readonly<Record<string, readonly string[]>> = {
  advert: ['ad', 'ads', 'adv', 'advertisement', 'qc'],
  navigation: ['nav', 'breadcrumbs', 'crumbs'],
  tags: ['tags', 'tag'],
  tools: ['tools', 'tool'],
  hidden: ['hidden', 'hide', 'invisible', 'sr-only', 'visually-hidden', 'screen-reader-text'],
};

/**
 * Class prefixes of taxonomy labels that CMSs put on an article's own element ("tag-social-media",
 * "category-ads"): they name the article's topics, not the element's role, so they are not hints.
 */
export const TAXONOMY_CLASS_PREFIXES: readonly string[] = ['tag-', 'category-', 'categories-', 'post_tag-', 'format-', 'status-', 'type-', 'topic-', 'postid-'];

/** Hints that mark the article itself. An element with one of them is never pruned for a boilerplate hint. */
export const CONTENT_HINTS: readonly string[] = [
  'article-body', 'articlebody', 'article-content', 'articlecontent', 'article-text', 'article__body',
  'article_body', 'story-body', 'storybody', 'story-content', 'entry-content', 'post-content', 'post-body',
  'postbody', 'main-content', 'maincontent', 'content-detail', 'detail-content', 'news-content', 'newscontent',
  'news-detail', 'newsdetail', 'body-text', 'bodytext', 'noi-dung', 'noidung', 'chi-tiet', 'chitiet', 'fck_detail',
];

/**
 * Hints of a post quoted in the article (an embedded tweet): part of the story, though its wrapper says "social"
 * or "widget". Taken as such only around a <blockquote>, so that a "tweet this" button is not one.
 */
export const EMBEDDED_POST_HINTS: readonly string[] = ['embed', 'tweet', 'instagram-media', 'tiktok', 'fb-post'];

/** Readability's class/id weights: ±25 for each of class and id that says content or says chrome. */
export const POSITIVE_WEIGHT_HINTS: readonly string[] = [
  'article', 'body', 'content', 'entry', 'hentry', 'h-entry', 'main', 'page', 'post', 'text', 'blog', 'story',
  'detail', 'noidung', 'chitiet',
];
export const NEGATIVE_WEIGHT_HINTS: readonly string[] = [
  'hidden', 'banner', 'combx', 'comment', 'contact', 'footer', 'gdpr', 'masthead', 'media', 'meta', 'outbrain',
  'promo', 'related', 'scroll', 'share', 'shoutbox', 'sidebar', 'skyscraper', 'sponsor', 'shopping', 'tags',
  'widget', 'caption', 'credit', 'byline', 'author', 'dateline', 'timestamp',
];
/** Negative weight hints that count only as whole words. */
export const NEGATIVE_WEIGHT_WORDS: readonly string[] = ['ad', 'ads', 'hid', 'com', 'nav', 'menu', 'tag'];

/** ARIA roles of chrome regions. */
export const CHROME_ROLES: readonly string[] = [
  'navigation', 'menu', 'menubar', 'complementary', 'contentinfo', 'banner', 'alert', 'alertdialog', 'dialog',
  'search', 'toolbar',
];

/**
 * Short blocks that are chrome wherever they appear inside the article container, compared case-insensitively
 * after trimming and dropping trailing punctuation. The Vietnamese portal words come first; the text cleaner's
 * own list (markers.ts) is used as well.
 */
export const CHROME_BLOCKS: readonly string[] = [
  'Số lượt xem', 'Lượt xem', 'Thống kê truy cập', 'Đang online', 'Đang truy cập', 'Tin liên quan',
  'Tin cùng chuyên mục', 'Tin khác', 'Các tin khác', 'Tin bài khác', 'Tin đã đưa', 'Bình luận', 'Ý kiến bạn đọc',
  'Ý kiến', 'Gửi ý kiến', 'Chia sẻ', 'In bài viết', 'In bài', 'Gửi email', 'Gửi bài viết qua email', 'Quay lại',
  'Trở lại', 'Về trang trước', 'Lưu bài viết', 'Bản in', 'Phản hồi', 'Đánh giá bài viết', 'Xem tiếp', 'Đọc tiếp',
  'Advertisement', 'Advertisements', 'Advert', 'Adverts', 'Ad', 'Ads', 'Sponsored', 'Sponsored content', 'Share', 'Share this', 'Share this article',
  'Share this story', 'Share on Facebook', 'Share on Twitter', 'Share via Email', 'Tweet', 'Email', 'Print',
  'Comments', 'Comment', 'Read more', 'Read More', 'Related', 'Related articles', 'Related stories',
  'Related content', 'More from', 'Recommended', 'Continue reading', 'Continue reading the main story',
  'Story continues below', 'Story continues below advertisement', 'Article continues below',
  'Subscribe', 'Sign up', 'Sign in', 'Log in', 'Skip Ad', 'Close', 'Back to top', 'Top', 'Loading',
  'Loading...', 'Image', 'Photo', 'Video', 'Listen', 'Listen to this article', 'Copy link', 'Copy Link',
  'Link copied', 'Supported by', 'Follow us', 'Reprints', 'Save', 'Toggle', 'By', 'Bởi', 'and', 'và',
];

/** Chrome lines by shape: counters and labels glued to a value, link prompts, image file names. */
export const CHROME_BLOCK_PATTERNS: readonly RegExp[] = [
  /^(?:Số\s+)?lượt\s+(?:xem|đọc|truy\s+cập)\s*:?\s*[\d.,]*$/iu,
  /^(?:Đang\s+(?:online|truy\s+cập|trực\s+tuyến)|Trực\s+tuyến|Hôm\s+nay|Hôm\s+qua|Tuần\s+này|Tháng\s+này|Tất\s+cả|Tổng\s+(?:số\s+)?(?:lượt\s+)?truy\s+cập)\s*:?\s*[\d.,]*$/iu,
  /^(?:Tin|Bài)\s+(?:liên\s+quan|cùng\s+chuyên\s+mục|khác|mới|đọc\s+nhiều|xem\s+nhiều)\s*:?$/iu,
  /^(?:Xem\s+thêm|Đọc\s+thêm|Read\s+more|Related|See\s+also|Also\s+read|READ\s+MORE|MORE)\s*[:>»]/iu,
  /^(?:Advertisement|ADVERTISEMENT|Sponsored)\b.{0,30}$/u,
  /^[^\s]{1,200}\.(?:jpe?g|png|gif|webp|bmp|tiff?)$/iu,
  /^(?:Click|Tap)\s+(?:here|to)\b.{0,80}$/iu,
  /^.{0,60}\b(?:requires|enable|turn\s+on)\s+JavaScript\b.{0,60}$/iu,
  /^(?:Sign\s+up|Subscribe)\b.{0,100}(?:newsletter|inbox|email)\b.{0,60}$/iu,
  /^(?:Chia\s+sẻ|Share)\s*:?\s*(?:(?:Facebook|Zalo|Twitter|Email|LinkedIn|Pinterest|WhatsApp|Reddit)\s*)+$/iu,
  /^\(?\s*(?:Photo|Image|Ảnh|Nguồn\s+ảnh)\s*:\s*[^.]{0,60}\)?$/iu,
];

/** Words that mark a part of a page title as the site's name: "… - Cổng thông tin điện tử tỉnh Bắc Kạn". */
export const SITE_NAME_WORDS: readonly string[] = [
  'cổng thông tin', 'trang thông tin', 'cổng ttđt', 'trang ttđt', 'báo điện tử', 'tạp chí', 'báo ', 'đài phát thanh',
  'truyền hình', '.vn', '.com', '.net', '.org',
];
/** Words that mark a site's name only in a short part ("… | Jakarta Post"): longer, they are the headline's. */
export const SHORT_SITE_NAME_WORDS: readonly string[] = [
  'online', 'news', 'portal', 'website', 'times', 'post', 'journal', 'tribune', 'herald', 'daily', 'magazine',
];
/** A title part this short (in words) may be a site's name by SHORT_SITE_NAME_WORDS. */
export const SHORT_SITE_NAME = 4;

/** Separators between a page title and the site's name. */
export const TITLE_SEPARATORS = /\s+[|\-–—:»·•]\s+|\s*\|\s*|\s+::\s+/u;

/** Labels that open a Vietnamese byline line: "Tác giả: Quốc Vũ", "Bài và ảnh: Hằng Hà", "Tin, ảnh: T.B". */
export const BYLINE_LABELS: readonly string[] = [
  'Tác giả', 'Bài và ảnh', 'Bài, ảnh', 'Bài ảnh', 'Tin và ảnh', 'Tin, ảnh', 'Tin ảnh', 'Người viết', 'Phóng viên',
  'Nhóm phóng viên', 'Thực hiện', 'Bài', 'Tin',
];

/** Labels that open a visible date: "Cập nhật lúc: 10/01/2020", "Ngày đăng: 14/12/2022". */
export const DATE_LABELS: readonly string[] = [
  'Cập nhật lúc', 'Cập nhật', 'Ngày cập nhật', 'Ngày đăng', 'Đăng ngày', 'Đăng lúc', 'Ngày xuất bản', 'Xuất bản',
  'Thời gian đăng', 'Posted', 'Published', 'Updated',
];

/** Class/id hints of the element that holds the article's title when no <h1> does. */
export const TITLE_HINTS: readonly string[] = ['title', 'tieude', 'tieu-de', 'tieu_de', 'headline', 'tentin', 'ten-tin'];

/** Class/id hints of the elements that hold a byline or a date near the title. */
export const BYLINE_HINTS: readonly string[] = ['author', 'byline', 'by-line', 'tacgia', 'tac-gia', 'writer', 'reporter'];
export const DATE_HINTS: readonly string[] = ['date', 'time', 'ngay', 'publish', 'posted', 'post-on', 'ngaydang', 'thoigian', 'timestamp', 'dateline'];

/** Meta tags, in order of trust, for each field. */
export const META_FIELDS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'sailthru.title', 'parsely-title'],
  siteName: ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'dc.publisher'],
  author: ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl', 'twitter:creator'],
  published: [
    'article:published_time', 'datepublished', 'og:published_time', 'pubdate', 'publishdate', 'publish-date',
    'publication_date', 'dc.date.issued', 'dc.date', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'date',
  ],
} as const;

/** JSON-LD types that describe the article. */
export const ARTICLE_LD_TYPES: readonly string[] = [
  'article', 'newsarticle', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'scholarlyarticle', 'techarticle', 'report', 'liveblogposting',
  'webpage', 'socialmediaposting',
];
