// Words around percentage targets. Data, not code.

/** Verbs that tie a figure to a target or a level reached: "đạt 100% chỉ tiêu", "vượt 2% kế hoạch". */
export const ACHIEVE_VERBS: readonly string[] = [
  'đạt',
  'đạt được',
  'hoàn thành',
  'hoàn thành vượt',
  'vượt',
  'vượt mức',
  'đảm bảo',
  'bảo đảm',
  'đủ',
  'đáp ứng',
  'thực hiện được',
  // ANNOTATION.md names it among the verbs of reaching: "giải ngân được 41,38%" (bench/studies/percentages-round8.mjs:
  // 0 figures right after it in corpus/real). A bare "thực hiện" is left out: before a figure it is mostly a noun
  // ("vốn thực hiện từ 40,6%"), a rule ("trong quá trình thực hiện dự án tối thiểu 20%") or a deal's step ("thực hiện
  // mua vào 50%"): 3 of 3 new findings on corpus/real and 1 on dev were wrong
  'giải ngân',
  'giải ngân được',
  // a unit's own supply reached: "đơn vị không những tự túc 100% nguồn rau xanh, sạch" (bench/studies/round13-pct.mjs:
  // the audit's army pages 1, corpus/real and dev 0)
  'tự túc',
  'tự túc được',
];

/** Nouns that name a plan or quota: "… là 8 - 8,5%" after one of them is a target. */
export const TARGET_NOUNS: readonly string[] = ['mục tiêu', 'chỉ tiêu', 'kế hoạch', 'dự toán', 'tỷ lệ', 'tỉ lệ'];

/** Units a coverage figure counts: "100% xã đạt chuẩn", "100% tổ dân phố có lực lượng DQTV". */
export const COVERAGE_NOUNS: readonly string[] = [
  'xã',
  'phường',
  'thị trấn',
  'xã, phường',
  'xã, phường, thị trấn',
  'thôn',
  'bản',
  'ấp',
  'làng',
  // "100% xóm, tổ dân phố xây dựng đường làng, ngõ xóm … xanh sạch đẹp" (bench/studies/round15-pct.mjs village-units:
  // corpus/real and dev 0, audits 1)
  'xóm',
  'khóm',
  'khối phố',
  'tổ dân phố',
  'khu phố',
  'khu dân cư',
  'đơn vị',
  'cơ quan',
  'cơ sở',
  'trường',
  'trường học',
  'hộ',
  'hộ gia đình',
  'huyện',
  'quận',
  'địa phương',
  'chi bộ',
  'tổ chức cơ sở đảng',
  'trạm y tế',
  'thôn, bản',
  'đầu mối',
  'cơ quan, đơn vị',
  'đơn vị, địa phương',
  'cơ sở đảng',
  'tổ chức đảng',
  'chi, đảng bộ',
  'bản, làng',
];

/** Cues that make a figure a target for a coming period rather than one reached. */
export const PLAN_CUES: readonly string[] = [
  'phấn đấu',
  'dự kiến',
  'sẽ',
  'cần',
  'phải',
  'nhằm',
  'mục tiêu',
  'định hướng',
  'kế hoạch đề ra',
  'đề ra',
  'đặt ra',
  'chỉ tiêu đặt ra',
  'tiếp tục phấn đấu',
  'hướng tới',
  'để',
  'quyết tâm',
  // the coming time a plan is for: "Thời gian tới, Bộ CHQS tỉnh chỉ đạo … sửa chữa 100% vũ khí trang thiết bị"
  // (bench/studies/round13-pct.mjs coming-time: corpus/real 5 sentences with a figure: a goal already, a fee, rates)
  'thời gian tới',
  // a policy set ("chủ trương của Nhà nước đảm bảo nông dân trồng lúa lời 30%", "Theo chủ trương của Bộ GTVT, tới đây
  // 100% trạm thu phí …"): bench/studies/percentages-precision10.mjs, 3 sentences with a figure in corpus/real, all goals
  'chủ trương',
];

/**
 * Plan cues that a later clause can leave: "… sẽ tiếp tục gặp nhiều khó khăn (tính đến 15-5, đạt 32,9% dự toán)",
 * "Để có kết quả này, …, tỉnh đã đạt 100%" report what was reached. A later clause without a mark of what has been
 * done stays under the cue ("… sẽ đạt 11,62%/năm; giai đoạn 2021 - 2025 đạt 8,87%/năm").
 */
export const CLAUSE_PLAN_CUES: readonly string[] = ['sẽ', 'cần', 'phải', 'nhằm', 'để'];

/**
 * Words that hold "cần" and are no modal of need: "tỷ lệ học sinh chuyên cần đạt 99,6%" (diligent attendance), "cần
 * cù", "cần thiết" (bench/studies/round15-pct.mjs cue-compound: corpus/real and dev 0 before a figure, audit 4 1).
 */
export const CAN_COMPOUNDS: readonly string[] = ['chuyên cần', 'siêng cần', 'cần thiết', 'cần cù', 'cần mẫn', 'cần kiệm', 'cần lao'];

/**
 * Plan cues that say what someone expects: growth under them alone is a forecast ("GDP … sẽ chỉ đạt 2,1%"), no target,
 * when its sentence or the one before speaks of a forecast (FORECAST_WORDS); in a plan it is a target ("Theo mục tiêu
 * của Đề án …. Cụ thể, tốc độ tăng trưởng … giai đoạn 2016 - 2020 sẽ đạt 11,62%/năm").
 */
export const FORECAST_CUES: readonly string[] = ['sẽ', 'dự kiến'];
export const FORECAST_WORDS: readonly string[] = ['dự báo', 'dự đoán', 'nhận định', 'kịch bản', 'triển vọng'];

/**
 * Words that name a goal, plan, quota or rule anywhere in a sentence. A figure that only a clause cue (CLAUSE_PLAN_CUES)
 * aims at is a target only in a sentence with one of them ("Để hoàn thành mục tiêu GRDP …, Hà Nội cần đạt mức tăng
 * từ 8,5 tới 9,45%", "theo yêu cầu của Thủ tướng, phải đạt tăng trưởng 11,5%"); without one it is advice, a need, a
 * claim or a proposal ("Cần giảm ngay xuống 20%", "nhu cầu năng lượng … cần tăng hơn khoảng 20%", "nhằm đảm bảo cung
 * cấp … 100% sản phẩm"): bench/studies/percentages-round5.mjs (weak-plan-no-goal, 78 sentences of corpus/real).
 */
export const GOAL_WORDS: readonly string[] = [
  'mục tiêu', 'chỉ tiêu', 'kế hoạch', 'dự toán', 'nhiệm vụ', 'phấn đấu', 'đề ra', 'đặt ra', 'yêu cầu', 'quy định', 'qui định',
  'cam kết', 'lộ trình', 'đề án', 'chiến lược', 'nghị quyết', 'định hướng', 'quyết tâm', 'hướng tới', 'tiến tới',
];

/** Marks of what has been done, which end a clause plan cue's reach (CLAUSE_PLAN_CUES). */
export const DONE_MARKS: readonly string[] = ['đã', 'tính đến', 'đến nay', 'hiện', 'hiện nay', 'vừa qua', 'ước', 'ước đạt', 'ước tính', 'chỉ đạt', 'mới đạt'];

/**
 * Words that open a clause contrasting what happened with the plan before it: a plan or goal cue before one of them
 * no longer governs a figure after it ("… để đầu tư sản xuất - kinh doanh, song tăng trưởng tín dụng chỉ đạt 2,29%",
 * "Sau nửa năm phấn đấu nhưng … với trên 69% doanh nghiệp báo lỗ"); bench/studies/percentages-round4.mjs.
 */
export const CONTRAST_WORDS: readonly string[] = ['nhưng', 'song', 'tuy nhiên', 'thế nhưng'];

/** The plan cues that make a share of a group a goal by themselves ("phấn đấu 95% trẻ em …"); "sẽ", "cần" do not. */
export const GOAL_CUES: readonly string[] = ['phấn đấu', 'mục tiêu', 'chỉ tiêu', 'đề ra', 'đặt ra', 'tiến tới', 'hướng tới'];

/** Words for realised change: a figure right after them is growth, not a target ("tăng 7,5% so với cùng kỳ"). */
export const CHANGE_WORDS: readonly string[] = ['tăng', 'giảm', 'tăng trưởng', 'tăng thêm', 'giảm thêm', 'lên', 'xuống', 'tăng lên', 'giảm xuống'];

/** Words that may stand between a change word and its figure: "tăng khoảng 10%", "tăng từ 8,5 - 9,45%". */
export const APPROXIMATORS: readonly string[] = ['khoảng', 'hơn', 'trên', 'gần', 'xấp xỉ', 'từ', 'ở mức', 'mức', 'tới', 'ước', 'bình quân', 'đến'];

/** What ends a target phrase besides punctuation: "100% chỉ tiêu giao quân với 170 thanh niên". */
export const TARGET_STOPS: readonly string[] = [
  'so với',
  'trong đó',
  'với',
  'nhưng',
  'song',
  'tuy nhiên',
  'đồng thời',
  'góp phần',
  'nhằm',
  'để',
  'do',
  'vì',
  'nên',
  'khi',
  'và đạt',
  'tăng',
  'giảm',
  // the next clause: "… tai nạn giao thông mà Quốc hội đã đề ra", "… chỉ tiêu như kế hoạch đề ra"
  'như',
  'mà',
  'thì',
  // a comment on the goal: "mục tiêu 100% người dân được sử dụng nước sạch của nhiều địa phương xem ra còn khá mông lung"
  'xem ra',
  'xem chừng',
  'dường như',
  'có vẻ',
  // … or of what the goal is to people: "100% dân số ngoại thành được sử dụng nước sạch đang là nỗi mong chờ của …"
  // (corpus/real 1 of 5 targets with a copula after the group, round 24)
  'đang là',
];

/**
 * Words that open a time or place phrase ("… 9,45% trong 6 tháng cuối năm") or the next clause ("… 6,7% như Quốc hội
 * đã đề ra", "… 5,5% được đánh giá là rất khó đạt", "… 100% và đứng đầu cả nước"), not a target: the noun measured
 * before the figure names it instead (bench/studies/percentages-review.mjs: 18 of 192 targets on corpus/real).
 */
export const NOT_TARGET_OPENERS: readonly string[] = [
  'trong', 'tại', 'ở', 'vào', 'so với', 'so', 'từ', 'đến', 'trên', 'của', 'với', 'cho', 'mỗi', 'một', '/',
  'như', 'mà', 'thì', 'nếu', 'được', 'là', 'và', 'đã', 'cũng', 'đề ra', 'đặt ra', 'đưa ra',
  // a predicate of its own after the figure, what happens at that level ("… đạt khoảng 80% sẽ dừng hẳn xe máy"):
  // bench/studies/percentages-round7.mjs --only after: all 12 such figures of corpus/real ("chỉ", "không" also open
  // nouns, "chỉ tiêu", and are left out)
  'sẽ', 'vẫn', 'chưa',
  // a filler, never a target ("đạt từ 90% trở lên")
  'trở lên', 'trở xuống',
];

/** What a figure measures when it is growth: realised growth is no target ("tốc độ tăng trưởng đạt 7,2%"). */
export const GROWTH_MEASURES: readonly string[] = ['tăng trưởng', 'tốc độ tăng', 'mức tăng', 'tăng bình quân', 'lạm phát', 'chỉ số giá'];

/**
 * Plans and quotas a figure can be a share of: "đạt 95% kế hoạch", "bằng 45% dự toán", "thực hiện 100% nhiệm vụ được
 * giao" (ANNOTATION.md's target nouns; "% nhiệm vụ" stands once in corpus/real, a share of a year's task); a portal's
 * abbreviation of the plan and the resolution that set the year's figures ("đạt 50,07% KH", "bằng 145,84% Nghị quyết":
 * bench/studies/round14-pct.mjs plan-resolution, audits 4, corpus/real and dev 0).
 */
export const PLAN_NOUNS: readonly string[] = ['kế hoạch', 'chỉ tiêu', 'dự toán', 'mục tiêu', 'nhiệm vụ', 'KH', 'Nghị quyết', 'NQ'];

/** Cues before a change that make it a target: "phấn đấu giảm tỷ lệ hộ nghèo 2%". */
export const CHANGE_TARGET_CUES: readonly string[] = ['phấn đấu', 'mục tiêu', 'kế hoạch', 'dự kiến', 'chỉ tiêu', 'phải', 'cần'];

/**
 * Verbs that bring a rate to a level ("tăng tỷ lệ … lên 20% trước năm 2030", "đưa tỷ lệ kiểm tra chuyên ngành từ 30%
 * xuống còn 15% đến năm 2020"): with a year to come after the figure, a growth or reduction target (ANNOTATION.md).
 */
export const RATE_SETTING_VERBS: readonly string[] = ['tăng', 'nâng', 'đưa', 'giảm', 'hạ', 'kéo giảm'];
/** Rate nouns such a verb sets. */
export const RATE_NOUNS: readonly string[] = ['tỷ lệ', 'tỉ lệ', 'tỷ trọng', 'tỉ trọng'];
/** Words before the year a rate is to reach its level by: "vào năm 2020", "trước năm 2030", "đến năm 2020". */
export const BY_YEAR_WORDS: readonly string[] = ['vào', 'trước', 'đến', 'tới', 'năm'];

/** Words that tie a target noun to its figure: "mục tiêu … là 8 - 8,5%". */
export const TARGET_LINKS: readonly string[] = ['là', 'là có', 'ở mức', 'ở khoảng', 'khoảng', 'đạt', 'trên', 'dưới', 'không quá'];

/** Words between a verb and its figure that are not what is measured: "đạt được khoảng 90%". */
export const MEASURE_FILLERS: readonly string[] = [
  'được', 'là', 'ở', 'khoảng', 'hơn', 'trên', 'gần', 'xấp xỉ', 'ước', 'từ', 'bình quân', 'tới',
  // bounds and averages, never what is measured ("đạt dưới 95%", "đạt ít nhất 30%", "đạt trung bình 35%")
  'dưới', 'ít nhất', 'tối thiểu', 'tối đa', 'trung bình', 'mức trung bình', 'lên đến', 'gần như',
];

/**
 * People, bodies, records and works a goal covers: "100% HS lớp 5 hoàn thành chương trình", "99% trẻ em … được cân,
 * đo", "100% các HĐCT". Unlike the units above they count as a goal only with a predicate of attainment after them,
 * a plan cue before, or at 100% (bench/studies/coverage.mjs: other shares of them are mostly statistics).
 */
export const COVERAGE_GROUPS: readonly string[] = [
  'học sinh',
  'HS',
  'học viên',
  'sinh viên',
  'trẻ',
  'trẻ em',
  'cháu',
  'cán bộ',
  'CB',
  'CBCC',
  'CBCCVC',
  'đảng viên',
  'công chức',
  'viên chức',
  'chiến sĩ',
  'chiến sỹ',
  'quân nhân',
  'hội viên',
  'đoàn viên',
  'giáo viên',
  'GV',
  'doanh nghiệp',
  'DN',
  'hồ sơ',
  'thủ tục',
  'TTHC',
  'đường',
  'công trình',
  'hộ dân',
  'nhân viên',
  'HĐCT',
  'phòng học',
  'lớp',
  'thí sinh',
  'tổ chức',
  'chi hội',
  'hợp tác xã',
  'HTX',
  'cụm',
  'khu',
  'tỉnh',
  'tỉnh, thành phố',
  'tỉnh, thành',
  'thành phố',
  // a mass organisation's bodies and its members' families ("100% các Công đoàn bộ phận đã tổ chức Đại hội", "90% gia
  // đình hội viên đạt gia đình văn hóa": bench/studies/round14-pct.mjs coverage-union, audits 3; "N% gia đình" in
  // corpus/real 5, all statistics with no predicate of attainment, left out as before)
  'công đoàn',
  'công đoàn bộ phận',
  'công đoàn cơ sở',
  // its abbreviation in union reports ("Phấn đấu hằng năm có từ 95% trở lên số CĐCS đạt tiêu chuẩn “CĐCS vững mạnh”":
  // corpus/real 1, dev 0, audits 0)
  'CĐCS',
  'chi đoàn',
  'gia đình',
];

/**
 * Army units and items a training or a check covers ("100% nội dung đạt yêu cầu", "100% quân số tham gia học tập",
 * "100% vũ khí, trang bị kỹ thuật được bảo quản"): a goal's coverage only with a predicate of attainment after them,
 * even at 100% ("tập trung 100% quân số" is a mobilisation; bench/studies/percentages-round11.mjs army-coverage:
 * corpus/real 5 sentences, 3 of them deployments, dev 0).
 */
export const PREDICATE_GROUPS: readonly string[] = [
  'nội dung', 'quân số', 'phân đội', 'vũ khí', 'vũ khí, trang bị', 'vũ khí, khí tài', 'trang bị', 'khí tài', 'bài bắn', 'bài tập', 'khẩu đội', 'kíp xe',
  // guns and ammunition checked or kept ("100% xe pháo, đạn được kiểm tra", "100% xe, pháo được bảo quản trong nhà xe":
  // bench/studies/round13-pct.mjs group-weapons, the audit's army pages 4, corpus/real and dev 0 by these words)
  'xe pháo', 'xe, pháo', 'đạn', 'đạn dược',
  // training subjects, alone or after contents ("kết quả huấn luyện 100% nội dung, khoa mục đạt yêu cầu":
  // bench/studies/round15-pct.mjs army-subjects, corpus/real and dev 0, audits 1)
  'khoa mục', 'nội dung, khoa mục',
];

/**
 * Verbs of upkeep right before a share of army items, which make it covered without a predicate after it: "bảo quản,
 * bảo dưỡng, sửa chữa 100% vũ khí trang thiết bị" (bench/studies/round13-pct.mjs verb-before).
 */
export const UPKEEP_VERBS: readonly string[] = ['sửa chữa', 'bảo quản', 'bảo dưỡng', 'kiểm tra'];

/**
 * What a covered group feels or strives for, right after it: praise or a mood, no goal covered ("Nhờ đó, 100% cán bộ,
 * nhân viên luôn nỗ lực, đoàn kết vượt qua khó khăn"), or an opinion poll's share ("90% số người đồng ý",
 * "75% doanh nghiệp hài lòng"): bench/studies/round13-pct.mjs group-attitude, corpus/real 5 (all polls), audit 1.
 */
export const ATTITUDE_PREDICATES: readonly string[] = [
  'nỗ lực', 'đoàn kết', 'phấn khởi', 'hăng hái', 'yên tâm', 'tin tưởng', 'đồng tình', 'nhất trí', 'hài lòng', 'đồng ý', 'mong muốn', 'lo ngại',
];
/** Adverbs between a group and what it feels: "luôn nỗ lực", "đều phấn khởi". */
export const ATTITUDE_ADVERBS: readonly string[] = ['luôn', 'đều', 'rất', 'cũng', 'vẫn', 'luôn luôn'];

/** Groups whose shares are mostly statistics ("8,6% diện tích lãnh thổ", "54% người dân châu Âu"): a goal only at
 * 100% or after a goal cue ("phấn đấu … 100% diện tích đất đưa vào quy hoạch", "mục tiêu 100% người dân …"). */
export const GOAL_ONLY_GROUPS: readonly string[] = [
  'diện tích', 'người dân', 'dân số', 'lao động', 'người',
  // "100% thanh niên trên địa bàn đã chấp hành lệnh gọi nhập ngũ", "100% các đồng chí tham gia học tập đều hoàn thành"
  // (bench/studies/round13-pct.mjs: corpus/real 3 shares of youths, all statistics of smoking or drugs; dev 2)
  'thanh niên', 'đồng chí',
];

/** Predicates of attainment after a covered group: "… đỗ vào lớp 10", "… được cấp chứng chỉ", "… hoàn thành". */
export const COVERAGE_PREDICATES: readonly string[] = [
  'đạt',
  'được',
  'hoàn thành',
  'đỗ',
  'tốt nghiệp',
  'lên lớp',
  'ra lớp',
  'tham gia',
  'kê khai',
  'thực hiện',
  'sử dụng',
  'tiếp cận',
  'xong',
  'bê-tông hóa',
  'bê tông hóa',
  'cứng hóa',
  'nhựa hóa',
  'đấu nối',
  // a standard kept: "100% xe pháo, đạn của đơn vị bảo đảm tốt hệ số kỹ thuật" (bench/studies/round13-pct.mjs)
  'bảo đảm',
  'đảm bảo',
];

/**
 * Predicates of a standard attained, which make the share a counted group is of a goal's coverage ("số cơ sở đạt là
 * 18.416 cơ sở, chiếm tỷ lệ 82,4%", "85/120 xã đạt chuẩn nông thôn mới, chiếm 70,8%"); narrower than
 * COVERAGE_PREDICATES, since "chiếm" mostly gives plain shares (bench/studies/percentages-round8.mjs). A bare "đạt"
 * counts only before its count or the clause's end ("số cơ sở đạt là …"), not before what was reached ("đạt doanh thu").
 */
export const STANDARD_PREDICATES: readonly string[] = [
  'đạt', 'đạt chuẩn', 'đạt tiêu chuẩn', 'đạt yêu cầu', 'hoàn thành', 'được công nhận', 'tốt nghiệp', 'đỗ',
  // a culture or emulation title reached ("29.396 gia đình đạt danh hiệu gia đình văn hóa, tỉ lệ 97,3%": round 27,
  // bench/studies/round27.mjs counted-share)
  'đạt danh hiệu',
];

/**
 * Verbs that deploy forces right before a share of them: "huy động 100% cán bộ, chiến sĩ phối hợp …", "tập trung 100%
 * quân số tăng cường …" (a mobilisation, no goal covered; bench/studies/percentages-round8.mjs: 3 in corpus/real, none
 * a target; "triển khai" and "cử" are left out, since a rollout can reach a goal's units).
 */
export const DEPLOY_VERBS: readonly string[] = ['huy động', 'điều động', 'tập trung', 'bố trí', 'trưng dụng'];

/**
 * Verbs of losing right before a share: "Người mất đi một quả thận thì sẽ mất ít nhất 50% đơn vị chức năng của thận"
 * (a share lost, nothing reached or aimed at; bench/studies/percentages-precision10.mjs: 10 sentences in corpus/real,
 * prices, shares and losses, none a target).
 */
export const LOSS_VERBS: readonly string[] = ['mất', 'mất đi', 'đánh mất'];

/**
 * Right after a figure, a capacity it is a share of: "Chỉ đạt 10% năng lực vận chuyển", "hoạt động đạt 80% công suất"
 * (a share of capacity used: a statistic unless a plan governs it; bench/studies/percentages-precision10.mjs).
 */
export const CAPACITY_AFTER: readonly string[] = ['công suất', 'năng lực'];

/**
 * Verbs of keeping after "được": "tỷ lệ ăn chia lợi nhuận … vẫn được duy trì ở mức 50%" (a level kept, not a group
 * given something, as "tỷ lệ hộ nghèo được cấp BHYT là 100%").
 */
export const KEEP_VERBS: readonly string[] = ['duy trì', 'giữ', 'giữ vững', 'giữ ổn định'];

/**
 * Words before "dự kiến" that make it name a report's state, not a plan: "tỷ lệ giảm nghèo trong báo cáo dự kiến là
 * 1,76%" (a draft report's realised figure; bench/studies/percentages-precision10.mjs).
 */
export const DRAFT_HEADS: readonly string[] = ['báo cáo', 'dự thảo', 'văn bản'];

/** Words that report what someone said: a share of a group in such a sentence is a statistic, not a goal covered. */
export const REPORTED_CUES: readonly string[] = ['cho biết', 'cho hay'];

/** A sentence with one of these reports a survey, a vote or health statistics: its shares are no targets. */
export const SURVEY_CUES: readonly string[] = [
  'khảo sát',
  'điều tra',
  'cho rằng',
  'thừa nhận',
  'được hỏi',
  'thăm dò',
  'bình chọn',
  'số phiếu',
  'phiếu bầu',
  'tán thành',
  'ủng hộ',
  'lấy ý kiến',
  'cử tri',
  'mắc bệnh',
  'tử vong',
  'béo phì',
  'hút thuốc',
  'nhiễm',
];

/**
 * "điều tra" as police work, not a survey: "tỷ lệ điều tra, khám phá án … đạt 77,8%", "Cơ quan Cảnh sát điều tra"
 * (bench/studies/percentages-round11.mjs investigation: corpus/real 6 sentences with a figure, dev 0). A survey cue
 * "điều tra" inside one of these does not make the sentence's figures a survey's.
 */
export const INVESTIGATION_PHRASES: readonly string[] = [
  'điều tra, khám phá', 'điều tra khám phá', 'điều tra phá án', 'điều tra, phá án', 'điều tra, làm rõ', 'điều tra làm rõ',
  'điều tra, xử lý', 'điều tra, truy tố', 'điều tra viên', 'cơ quan điều tra', 'cảnh sát điều tra', 'an ninh điều tra',
  'khởi tố, điều tra', 'khởi tố điều tra',
];

/**
 * Survey cues that are verbs of opinion: a survey's only with a share as their subject ("65% doanh nghiệp cho rằng …",
 * "có 73% (58.587) ý kiến cho rằng …"); after a person or a body they report a view, whose targets still count ("Phó
 * Chủ nhiệm Ủy ban Kinh tế Nguyễn Đức Kiên cho rằng, để đạt mục tiêu tăng trưởng GDP 6,7% năm 2017 …"). In corpus/real
 * 11 sentences hold a share before "cho rằng" in its clause, all survey shares; 31 a figure only elsewhere, of which
 * 7 figures are targets the cue hid (bench/studies/percentages-recall10.mjs --opinions).
 */
export const OPINION_SURVEY_CUES: readonly string[] = ['cho rằng'];

/**
 * Near a figure, words that make it a rate or a share the annotation leaves out (bench/studies/percentages.mjs: 262
 * rates, 254 market shares, 149 "chiếm" in corpus/real): "lãi suất … 9%", "chiếm 34% vốn điều lệ".
 */
export const NOT_TARGET_NEAR: readonly string[] = [
  'lãi suất', 'thuế suất', 'lãi', 'thuế', 'phí', 'VAT', 'chiết khấu', 'hoa hồng', 'tỷ suất', 'tỉ suất', 'cổ tức', 'lợi suất',
  'cổ phần', 'cổ phiếu', 'vốn điều lệ', 'thị phần', 'sở hữu', 'nắm giữ',
  // a bank's reserve requirement, set like an interest rate: "nâng tỷ lệ dự trữ bắt buộc lên 3% đến năm 2019" (round 16 review)
  'dự trữ bắt buộc',
  'lạm phát', 'CPI', 'tỷ giá', 'tỉ giá', 'giá', 'dự báo', 'kỳ vọng', 'hiệu suất', 'xác suất',
  // scheduled changes of pay and benefits: "lương hưu dự kiến tăng 7,4%", "mức trợ cấp thai sản tăng thêm 7,4%"
  'lương', 'lương hưu', 'lương cơ sở', 'trợ cấp', 'phụ cấp',
];

/** After a figure, what it is a share of when that is no target (ANNOTATION.md: a share of demand met is out): "80% nhu cầu", "50% mức sống tối thiểu", "34% vốn điều lệ", "30% cổ phần". */
export const NOT_TARGET_AFTER: readonly string[] = ['nhu cầu', 'mức sống', 'cổ phần', 'vốn điều lệ', 'thị phần', 'dân số', 'số phiếu', 'phiếu', 'tổng số phiếu', 'GDP', 'lãi suất'];

/**
 * Of the words above, what a goal may set (ANNOTATION.md: growth and reduction targets are in): a figure a statement
 * of goals governs is a target though one of them names its measure ("Đầu năm, mục tiêu lạm phát bình quân là 4%",
 * "Năm nay chỉ tiêu lạm phát xoay quanh mức 6,8%", "Ngành tôm … phấn đấu đạt khoảng 10% GDP cả nước"); elsewhere they
 * stay a price change or a share of GDP (bench/studies/percentages-recall10.mjs: with a goal cue before them in the
 * sentence, 11 inflation and 4 GDP figures in corpus/real; without one, 52 and 68, none a target).
 * ('dân số' was tried in round 24 for "Mục tiêu của Hà Nội đến năm 2020, 100% dân số ngoại thành được sử dụng nước
 * sạch" and dropped: a goal cue anywhere in the sentence made a demographic share a target, "Mục tiêu giảm nghèo … gặp
 * nhiều khó khăn do 74% dân số là đồng bào dân tộc thiểu số"; bench/studies/round24-percentages.mjs.)
 */
export const GOAL_SETTABLE_MEASURES: readonly string[] = ['lạm phát', 'CPI', 'GDP'];

/**
 * What a plain statistic measures: a figure reached ("đạt", "là", "ở mức") by one of these, with no plan or quota
 * after it, reports a level, not an accomplishment (bench/studies/percentages-review.mjs on corpus/real: financial
 * ratios, bad-debt, unemployment and poverty rates, prevalence, stock absorption, reservoir levels, sport figures,
 * attendance and return-to-work rates). A plan cue before the figure still makes it a target ("phấn đấu … tỷ lệ …").
 */
/**
 * Statistic measures that point back ("Cũng như Mỹ, tỉ lệ này ở Anh, Pháp cũng chỉ đạt dưới 95%"): anywhere earlier
 * in the figure's sentence they make a reached figure a statistic, however many clauses stand between.
 */
export const STATISTIC_ANAPHORS: readonly string[] = ['tỷ lệ này', 'tỉ lệ này', 'tỷ lệ tương ứng', 'tỉ lệ tương ứng', 'con số này'];

export const STATISTIC_MEASURES: readonly string[] = [
  'thất nghiệp', 'nợ xấu', 'hộ nghèo', 'suy dinh dưỡng', 'thấp còi', 'tỷ lệ mắc', 'tỉ lệ mắc', 'chữa khỏi', 'tỷ lệ sống', 'tỉ lệ sống',
  'hiệu quả', 'độ tinh khiết', 'hàm lượng',
  'hệ số', 'lợi nhuận sau thuế', 'ROA', 'ROE', 'GDP', 'GRDP', 'chỉ số', 'tồn kho', 'hấp thụ', 'tỷ lệ bán', 'tỉ lệ bán', 'công suất', 'lấp đầy',
  'dung tích', 'hồ chứa', 'mực nước',
  'chuyền bóng', 'cầm bóng', 'kiểm soát bóng', 'thắng trận', 'dứt điểm', 'qua bóng', 'cú sút', 'ghi bàn',
  'chuyến bay', 'đúng giờ', 'dự thi', 'đi làm', 'trở lại làm việc', 'lãnh đạo nữ', 'nữ lãnh đạo', 'du khách',
  ...STATISTIC_ANAPHORS, 'cho vay lại', 'ăn chia',
  'trung bình',
  'lợi nhuận', 'thị phần', 'tỷ lệ nghèo', 'tỉ lệ nghèo', 'tranh bóng',
  // a realised reduction of poverty ("tỷ lệ giảm nghèo trong báo cáo dự kiến là 1,76%"); a goal's is planned and kept
  'tỷ lệ giảm nghèo', 'tỉ lệ giảm nghèo',
];


/**
 * Words that open a clause going on with the one before it, whose measure it shares: "…, của công ty mẹ đạt 3,01%",
 * "…, trong khi Zlatan Ibrahimovic chỉ đạt 55%", "…, ở khu vực Tây Nguyên trung bình đạt 60-70%".
 */
export const CLAUSE_CONTINUATIONS: readonly string[] = ['của', 'còn', 'trong khi', 'trong đó', 'ở', 'tại', 'riêng', 'với', 'lên', 'xuống'];

/**
 * Words that make what follows a supposition, an example or a merit, not a figure reached or set: "nếu tỷ lệ nội địa
 * hóa là 40% thì …", "chẳng hạn dự án đã hoàn thành trên 80%" (a criterion), "Xứng đáng đạt học bổng 100%" (praise);
 * bench/studies/percentages-round4.mjs (example-cue: 6 sentences of corpus/real); and what is usual, a norm no one
 * set nor reached ("… đạt 20,6% dự toán, mà thông thường phải đạt 25-27%": 4 such figures in corpus/real). Not
 * "bình thường", mostly the adjective ("Học sinh đi học bình thường và trường đạt 98% chỉ tiêu").
 */
export const HYPOTHETICAL_CUES: readonly string[] = [
  'nếu', 'giả định', 'giả sử', 'kịch bản', 'chẳng hạn', 'ví dụ', 'thí dụ', 'xứng đáng', 'thông thường', 'theo thông lệ',
];

/**
 * Where the measured noun of a clause ends, before a bare "mục tiêu" that a figure of its own is compared with: its
 * verb or an adverb before it ("tín dụng tăng 2,11%, tuy thấp so với mục tiêu 12%", "Lạm phát không … ở mức 6,13%, so
 * với mục tiêu 5%"); and words that open such a clause and are no part of the noun.
 */
export const BARE_GOAL_VERBS: readonly string[] = [
  'đạt', 'tăng', 'giảm', 'ở', 'là', 'chỉ', 'không', 'vẫn', 'đã', 'được', 'cũng', 'mới', 'còn', 'dự kiến', 'ước', 'lên', 'xuống', 'có',
  // "tỷ lệ lạm phát của Mỹ đang duy trì ở mức thấp, dưới mục tiêu của FED", "mức tăng thấp so với mục tiêu 12%"
  'đang', 'thấp', 'cao', 'so với',
];
export const BARE_GOAL_OPENERS: readonly string[] = ['trong khi', 'còn', 'và', 'nhưng', 'song', 'trong đó', 'riêng', 'việc'];

/** A change word right before a figure that makes it a difference from a plan: "tăng 5,6% so với dự toán 2016". */
export const DIFFERENCE_WORDS: readonly string[] = ['tăng', 'giảm'];
/**
 * Comparatives that, before "hơn", make the figure after it a difference: "thấp hơn 4% so với kế hoạch". Alone,
 * "hơn" before a figure is "more than": "bằng hơn 45% kế hoạch", "được hơn 60% kế hoạch".
 */
export const COMPARATIVES: readonly string[] = ['cao', 'thấp', 'nhiều', 'ít', 'lớn', 'nhỏ'];

/** A level that names no measure: "mức tăng", "tốc độ tăng trưởng". */
export const BARE_LEVEL = /^(?:mức|tốc độ) tăng(?: trưởng)?$/iu;

/** Words that join a measure to its figure, not part of it: "mục tiêu GRDP từ 8 tới 8,5%". */
export const MEASURE_LINKS = /(?:\s+(?:từ|khoảng|là|ở mức|ở|đạt))+$/iu;

/** A time and a need opening what a goal measures: "trong năm 2013 cần có …", "đến năm 2020, …", "năm nay phải …". */
export const GOAL_TIME_OPENER = /^(?:(?:trong|đến|tới|vào)\s+)?(?:(?:cả\s+)?năm\s+(?:(?:19|20)\d\d|nay)\s*,?\s+)?(?:(?:cần|phải|sẽ)(?:\s+có)?\s+)?/iu;

/** What is left of a time phrase without its year: "năm ", "đến cuối năm ", "giai đoạn  - ", "2015 có" less its year. */
export const ONLY_TIME_WORDS = /^(?:\s|[-–,]|trong|đến|tới|vào|cả|năm|nay|cuối|đầu|giai đoạn|có)*$/iu;

/** A bracket that holds only a time: "(năm 2014 – 2015)", "(2016)", "(tháng 5/2017)"; not "(năm 2012 đạt 40%)". */
export const TIME_BRACKET = /^\(\s*(?:(?:năm học|năm|giai đoạn|tháng|quý\s+[IV]+)\s*)?(?:\d{1,2}\s*[/.-]\s*)?(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?\s*\)$/iu;

/** Words that end a counted noun: a time or place phrase after it ("… từ đầu năm tới nay", "… trong năm 2016"). */
export const COUNTED_NOUN_STOPS = new Set(['từ', 'trong', 'tính', 'đến', 'tới', 'năm', 'hiện', 'tại', 'ở', 'so', 'với', 'và']);

/** A heading of goals ("Các chỉ tiêu chủ yếu năm 2025:", "Mục tiêu cụ thể:", "Phấn đấu đến năm 2030:") … */
export const GOAL_HEADING = /(?:^|\s)(?:chỉ tiêu|mục tiêu|phấn đấu|phương hướng|nhiệm vụ|kế hoạch|định hướng)(?:\s|:|$)/iu;

/** … and not one of results ("Kết quả thực hiện các chỉ tiêu năm 2024:", "đã đạt được"). */
export const RESULT_HEADING = /(?:^|\s)(?:kết quả|thực hiện|đạt được|đã|ước|tình hình|qua|vừa qua)(?:\s|:|$)/iu;

/**
 * Words that open the clause of a count of work done before its rate, and are no part of the work: the doer's
 * adverbs and links ("cơ quan công an đã làm rõ 11.484 vụ", "… kết nạp được 358 đảng viên mới").
 */
export const WORK_VERB_STOPS: readonly string[] = ['đã', 'đang', 'vừa', 'mới', 'đều', 'cũng', 'là', 'có', 'được', 'và', 'thì', 'chỉ', 'còn', 'vẫn'];

/** Units after a count that make it an amount, not things worked on ("thi hành xong trên 2.700 tỷ đồng"). */
export const AMOUNT_UNITS: readonly string[] = ['tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'đồng', 'USD', 'ha', 'tấn', 'km', 'm', 'kg', 'lít', 'phần'];


/**
 * Words that name nothing measured: function words, verbs of reaching, comparisons, time and concession adverbs (not
 * "tăng", "giảm": "mức giảm đạt 110% chỉ tiêu" measures the decrease). A subject made of them alone ("trong đó", "đạt",
 * "thấp hơn mức", "tuy thấp so với", "hằng năm có từ") is no activity measured, and the record leaves it null (round 22
 * precision review: 18 of 29 subjects drawn were such fragments or carried them).
 */
export const EMPTY_SUBJECT_WORDS: readonly string[] = [
  'và', 'hoặc', 'trong', 'đó', 'để', 'nhằm', 'nay', 'đến', 'từ', 'với', 'so', 'là', 'đây', 'có', 'đạt', 'được',
  'lấy', 'đặt', 'thấp', 'cao', 'hơn', 'mức', 'đều', 'nên', 'cần', 'tuy', 'song', 'nhưng', 'đầu', 'năm', 'hằng', 'mỗi',
  'ước', 'theo', 'thì', 'mà', 'còn', 'chỉ', 'mới', 'đã', 'sẽ', 'vẫn', 'cũng', 'rất', 'nhiều', 'các', 'những', 'một',
];
