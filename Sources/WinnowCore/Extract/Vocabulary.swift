/// The words the extractor reacts to, one word list per case. Chinese words are written in
/// Simplified and match Traditional text through `ScriptFolding`; words made of ASCII letters
/// match whole words only (`will` does not match inside `willing`).
///
/// All lists live here because a line is matched against all of them at once, in one pass
/// (`WordHits`); each reader asks the line where its list's words are.
enum Vocabulary: Int, CaseIterable, Sendable {
    // MARK: Clauses
    /// Policy actions that lead a measure clause.
    case actionVerbs
    /// English action verbs that make a measure even without a future marker.
    case englishMeasureVerbs
    /// Words that may sit between an actor and its verb (`廣東將進一步夯實`).
    case adverbs
    /// Future and intention markers: a quantity or a level after one of them is a target.
    case futureMarkers
    /// Modal verbs after which an action anywhere in the clause is a measure (`擬在…開展`).
    case leadingModals
    /// Obligations: an action anywhere after one is a measure (`相關部會應將…列入`).
    case obligations
    /// Words that make an action clause a description (`…是…的關鍵內容之一`, `方向包括…`).
    case descriptions
    /// `是` as a copula; these words only contain it.
    case notCopula
    /// Marks of a past achievement or of a report on the past.
    case pastMarkers
    /// `取得` reports a result unless a future marker goes with it.
    case achievedVerbs
    /// Reporting verbs: a clause ending in one introduces what follows.
    case reportingVerbs
    /// What a policy proposes follows these (`還提出構建…`).
    case proposalVerbs
    /// What an official orders follows these (`指示各部會在一個月內完成…`).
    case directiveVerbs
    /// A clause ending in one of these only sets the scene (`在技術底座方面`, `主要目標如下`).
    case sceneEndings
    /// With a topic opening (`在…上`, `從…看`, `在…領域`), these end a scene-setting clause too.
    case placeEndings
    /// A clause starting with one of these only sets the scene or cites a source.
    case topicOpenings
    /// A clause starting with one of these states a purpose, not a target or an action.
    case purposeOpenings
    /// Words that only link a deadline to the target after it (`展望到2035年，屆時，…`).
    case linkWords
    /// Becoming something: an aspiration when a future marker goes with it.
    case aspirations
    /// Striving for what follows (`力爭新增…100家，培育…50家`): every count after it is a target.
    case strivings
    /// A rank or level a target names.
    case ranks
    /// Spending words: with an amount of money the clause is a budget commitment (a measure).
    case spendingVerbs
    /// Money units.
    case moneyUnits
    /// Who acts: places and bodies that can head a clause.
    case actorNames
    /// Endings that make a name an actor (`廣州市`, `工信部`, `發改委`).
    case actorSuffixes

    // MARK: Clauses (ClauseReader)
    /// `目標` ending a short clause says that targets follow.
    case goalWord
    /// Ending a clause, these only name the targets that follow (`主要目標：`).
    case goalHeads
    /// Targets follow these (`主要目標是…`).
    case goalStatements
    /// Money words that make spending a budget commitment with a quantity.
    case funds
    /// `形成…格局` (forming a pattern) is an aspiration.
    case forming
    /// See `forming`.
    case pattern
    /// Verbs that start the predicate of a target (`廣東實現…`).
    case targetVerbs
    /// Skipped after a reporting verb (`提出了：`).
    case softAfterReport
    /// ` and ` between two English actions.
    case englishAnd
    /// `sets a target of 95% …`: the target follows.
    case englishTargetNouns
    /// An English action is a measure when it is planned, possible or just done by the actor.
    case englishPlanMarkers
    /// A trailing part of an English action that is not the action (`… as …`).
    case englishCuts

    // MARK: Actors
    /// English verbs an actor stands before (`the Government has launched…`).
    case englishVerbs

    // MARK: Clause splitting
    /// A second plan or action in an English sentence: a second clause.
    case andThenPlan

    // MARK: Quantities
    /// Counting and measuring units after a number.
    case units
    /// Before a number: more than it (`>`).
    case greaterPrefixes
    /// Before a number: at least it (`≥`).
    case atLeastPrefixes
    /// Before a number: at most it (`≤`).
    case atMostPrefixes
    /// Before a number: less than it (`<`).
    case lessPrefixes
    /// Before a year, these make it a year, not a quantity (`compared to 1990`).
    case yearPrepositions
    /// After a quantity: at least it (`以上`).
    case atLeastSuffixes
    /// After a quantity: at most it (`以內`, `以下`).
    case atMostSuffixes
    /// Doubling and quadrupling (`翻一番`, `翻兩番`).
    case doublings
    /// English number words kept in the unit (`20 million jobs`).
    case englishMultipliers
    /// Adjectives skipped between an English number and its noun.
    case englishFillers

    // MARK: Deadlines
    /// Words that lead a deadline year (`到2025年`, `by 2030`).
    case leadWords
    /// What a year named from the page's holds (`今年`, `明年`, `年底前`'s `底前`).
    case relativeYears
    /// What follows the year of a deadline (`年底前`, `年`).
    case afterYear

    // MARK: Headings
    /// A heading naming goals (`發展目標`).
    case goalHeadings
    /// A heading naming measures (`關鍵舉措`, `重點任務`).
    case measureHeadings

    // MARK: Policy pages
    /// Words of public affairs that tutorials and forums rarely use (no `方案`, `部署`, `計劃`:
    /// solutions, deployments and query plans are everyday words in technical text).
    case publicAffairs
}

extension Vocabulary {
    /// The words of the list, in either script.
    var words: [String] {
        switch self {
        case .actionVerbs: [
            "打造", "构建", "开办", "开设", "咨询", "谘询", "强化", "加强", "推动", "推进", "支撑", "布局", "研发", "建立", "完善", "实施",
            "开展", "培育", "优化", "发挥", "夯实", "鼓励", "支持", "设立", "提出", "率先", "促进", "引导",
            "提升", "加快", "加大", "加速", "深化", "建设", "健全", "落实", "保障", "推广", "扩大",
            "兜住", "兜牢", "延续", "打击", "调控", "开发", "探索", "实行", "制定", "出台", "推行", "部署",
            "拓展", "增强", "巩固", "统筹", "投入", "筹建", "帮扶", "列入", "完成", "攻关", "发展", "设置",
            "扶持", "引进", "淘汰", "整合", "搭建", "组建", "创建", "壮大", "赋能", "升级", "聚焦", "补齐",
            "推出", "启动", "预留", "修订", "引入", "开通", "试点", "建造", "兴建", "资助", "简化", "精简",
            "举办", "放宽", "容许", "允许", "纳入", "培养", "吸引", "改善", "规范", "保护", "营造", "激发", "畅通", "安排", "给予",
            // how a body acts, as Taiwan's and Hong Kong's releases put it too (not result verbs: 提高, 增加)
            "办理", "提供", "建置", "试办", "匡列", "编列", "研议", "加码", "新设", "增设", "新辟", "发行", "成立", "新建",
            "改建", "扩建", "开设", "招标", "补助", "补贴", "奖励", "减免", "延长", "协助", "辅导", "运用", "推展", "开放",
            "研究制订", "制订", "订定", "检讨", "宣导", "盘活", "执行", "兴办", "配合",
            // what a task forbids or sees to (`坚决遏制…`, `防止…`, `做好…储备`)
            "遏制", "遏止", "防止", "避免", "做好", "防范",
            // what a meeting asks of the departments (`全力稳住外贸基本盘`, `用好…政策工具`)
            "稳住", "用好", "办好", "帮助", "紧盯", "压实", "压紧压实", "组织", "批出", "削减",
            "launch", "launched", "launches", "invest", "establish", "build", "set up", "introduce",
            "develop", "fund", "expand", "roll out", "provide",
        ]
        case .englishMeasureVerbs: [
            "launched", "launch", "launches", "invest", "establish", "set up", "introduce",
            "develop", "fund", "roll out", "build", "provide", "expand", "upgrade", "deploy", "publish",
            "legislate", "introduced", "established", "spend", "allocate", "recruit", "hire", "auction",
            // process verbs: how a body acts, not the result it aims at (`create`, `cut` are targets' verbs)
            "adopt", "adopted", "approve", "approved", "open", "run", "hold", "extend", "extending", "offer",
            "train", "strengthen", "lower", "replace", "replacing", "install", "installing",
            "prioritize", "prioritise", "simplify", "streamline", "speed up", "accelerate", "fast-track",
            "require", "ban", "phase out", "implement", "issue", "issued", "unveil", "unveiled", "earmark",
            "subsidise", "subsidize", "mandate", "review", "pilot", "work with", "invite", "invites", "report",
            "draft", "drafting", "submit", "confirm", "tender", "procure", "retrofit", "distribute", "improve",
            "modernise", "modernize", "promote", "encourage", "call", "move", "study", "studying",
            "pool", "sign", "transition", "allot", "set aside", "employ", "partner with", "expanding", "promoting",
            "introducing",
        ]
        case .adverbs: [
            "将", "将要", "将会", "要", "拟", "应当", "应该", "应将", "必须", "还", "也", "并", "并将", "正",
            "正在", "进一步", "积极", "大力", "不断", "持续", "全力", "着力", "重点", "每年", "继续", "主动",
            "充分", "优先", "精准", "严厉", "动态", "适时", "依法", "切实", "全面", "深入", "加紧", "努力",
            "坚决", "同时", "此外", "接下来", "未来", "力争", "争取", "计划", "通过", "共同", "首先", "逐步",
            "稳步", "有序", "更", "更加", "再", "已", "均", "都", "亦", "则", "就", "又", "及时", "尽快",
            "率先", "有效", "大幅", "着重", "进而", "会", "下一步", "于明年", "明年", "今年", "年内", "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是",
            "九是", "十是", "扎实", "扎扎实实", "紧紧", "牢牢", "始终", "认真", "广泛",
            "严格", "依规", "系统", "科学", "因地制宜", "集中连片", "合理", "研究", "提前", "提早",
        ]
        case .futureMarkers: [
            "将", "将要", "将会", "拟", "计划", "力争", "争取", "努力", "有望", "可望", "估可", "确保", "亦会", "并会", "也会",
            "应当", "应将", "应该", "必须",
            "目标", "接下来", "预期", "期望", "will", "would", "plans to", "plan to", "plans", "aims to",
            "aim to", "target", "targets", "vows to", "vowed to", "pledged to", "pledges to", "set to",
            "intends to", "seeks to", "potential to", "expected to", "committed to",
        ]
        // `亦会`, `并会`: Hong Kong's "will" (`会` alone is also a meeting or a society).
        case .leadingModals: ["将", "拟", "计划", "力争", "争取", "要", "应当", "应将", "必须", "将要", "亦会", "并会", "也会"]
        case .obligations: ["应当", "应将", "应该", "必须", "应予"]
        case .descriptions: ["包括", "包含", "主要有", "至关重要", "十分重要", "非常重要", "意义重大"]
        case .notCopula: ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "但是", "于是", "就是", "还是", "或是", "特别是", "尤其是", "若是", "凡是", "要是", "总是", "都是", "也是", "更是"]
        case .pastMarkers: [
            "已", "曾", "截至", "截止", "近年来", "近几年", "今年以来", "去年", "此前", "先后", "过去",
            "以来", "前年", "上年", "历年",
            "already", "was", "were", "had", "last year", "previously", "has cut", "have cut",
        ]
        case .achievedVerbs: ["取得", "实现了", "达到了", "完成了"]
        case .reportingVerbs: [
            "提出", "指出", "表示", "强调", "明确", "透露", "说", "称", "介绍", "认为", "显示", "获悉",
            "了解", "报道", "报导", "宣布", "公布", "发布", "印发", "要求", "指示", "提到", "写道", "消息",
            "旨在",
            "said", "says", "stated",
        ]
        case .proposalVerbs: ["提出", "提出了", "旨在"]
        case .directiveVerbs: ["指示", "要求", "责成"]
        case .sceneEndings: ["方面", "来看", "而言", "如下", "包括"]
        case .placeEndings: ["看", "领域", "中", "上", "下"]
        case .topicOpenings: ["根据", "据", "依据", "按照", "在", "从", "当天", "今天"]
        case .purposeOpenings: ["为", "为了", "以便", "以", "围绕", "to support", "in order to", "so as to"]
        case .linkWords: [
            "届时", "同时", "其中", "此外", "另外", "具体来看", "具体而言", "总体来看", "展望", "规划期",
            "目标", "主要目标", "总体目标", "发展目标", "力争", "争取", "预计", "明确", "提出", "指出",
            "预期", "计划", "并", "将", "实现", "基本", "全面",
        ]
        case .strivings: ["力争", "争取"]
        case .aspirations: [
            "打造成为", "建设成为", "建成", "成为", "跻身", "迈入", "迈向", "基本形成", "基本建成",
            "基本实现", "全面建成",
        ]
        case .ranks: [
            "全国第一", "全球第一", "世界第一", "全省第一", "全国领先", "全球领先", "世界领先", "国际领先",
            "国内领先", "全国前列", "世界前列", "全球前列", "全国前茅", "国际先进水平", "国际领先水平",
            "世界先进水平", "世界领先水平", "国内领先水平", "全国领先水平", "世界一流", "国际一流",
            "全国前三", "全国前五", "全国前十", "全球前十", "世界前十", "第一方阵",
            "全国一流", "较高水平", "领先水平", "先进水平", "全覆盖", "第一梯队", "全国首位", "世界级",
            "world leader", "world-leading", "world class", "world-class",
        ]
        case .spendingVerbs: [
            "投入", "安排", "拨付", "投资", "资助", "补贴", "给予", "出资", "拨款", "筹集", "设立", "预留",
            "拨出", "注资", "编列", "斥资", "补助", "匡列", "总预算", "预算为",
            "will invest", "invest", "allocate", "allocated", "fund", "funding", "spend", "spending", "commit",
            "committed", "provide", "provided", "earmark", "earmarked", "set aside", "invested", "provides", "commits",
            "invests", "allocates", "earmarks", "funds",
        ]
        case .moneyUnits: ["元", "美元", "港元", "澳门元", "欧元", "英镑", "日元", "£", "$", "€", "¥"]
        case .actorNames: [
            "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
            "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南",
            "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "内蒙古", "香港", "澳门", "台湾", "我国", "我省",
            "我市", "我区", "我们", "国家", "政府", "本届政府", "特区政府", "中央", "国务院", "中国", "长三角",
            "大湾区", "粤港澳大湾区",
        ]
        case .actorSuffixes: [
            "省", "市", "区", "县", "州", "政府", "部", "局", "委", "厅", "院", "会", "署", "办", "部门",
            "部会", "集团", "公司", "中心",
        ]
        case .goalWord: ["目标"]
        case .goalHeads: ["目标", "目标是", "目标为"]
        case .goalStatements: ["目标是", "目标为", "目标:"]
        case .funds: ["资金", "经费", "预算"]
        case .forming: ["形成"]
        case .pattern: ["格局"]
        case .targetVerbs: ["实现", "达到", "突破", "超过", "保持", "稳居"]
        case .softAfterReport: ["了", ":", "，", ","]
        case .englishAnd: [" and "]
        case .englishTargetNouns: [
            "target of", "goal of", "aim of", "ambition of", "target for", "goal for", "target that", "goal that", "targets are",
            "target is", "goals are", "goal is",
        ]
        case .englishPlanMarkers: ["will", "would", "can", "could", "to", "shall", "has", "have", "plans", "plan", "is set to", "are set to"]
        case .englishCuts: [" as ", " which ", " so that ", " while "]
        case .englishVerbs: [
            "will", "has", "have", "plans", "aims", "vows", "vowed", "announced", "unveiled", "launched",
            "is", "pledged", "said",
        ]
        case .andThenPlan: [
            "and aims", "and plans", "and will", "and has", "and is", "and intends", "and expects",
            "and pledged", "and vowed", "and wants", "and launch", "and establish", "and build", "and invest",
            "and introduce", "and set up", "and fund", "and roll out",
        ]
        case .units: [
            "元", "美元", "港元", "澳门元", "欧元", "英镑", "日元", "家", "个", "项", "所", "座", "条", "人",
            "名", "户", "倍", "公里", "平方公里", "千米", "米", "吨", "千瓦", "兆瓦", "吉瓦", "千瓦时", "度",
            "岁", "年", "次", "件", "台", "套", "款", "种", "亩", "公顷", "平方米", "立方米", "小时", "天",
            "个百分点", "百分点", "%", "‰", "辆", "艘", "架", "批", "张", "场", "处", "间", "篇", "份", "位",
            "支", "颗", "人次", "床", "成", "gw", "mw", "kw", "gwh", "twh", "km", "mt",
        ]
        case .greaterPrefixes: ["突破", "超", "超过", "逾", "高于", "多于", "over", "more than", "above", "exceeding", "exceed"]
        case .atLeastPrefixes: ["不低于", "不少于", "至少", "at least", "no less than"]
        case .atMostPrefixes: ["不超过", "最高", "最多", "不高于", "up to", "no more than", "at most"]
        case .lessPrefixes: ["低于", "少于", "近", "不足", "less than", "below", "fewer than", "under", "nearly", "almost"]
        case .yearPrepositions: ["in", "since", "from", "to", "of", "by", "until", "before", "after", "with", "than"]
        case .atLeastSuffixes: ["以上"]
        case .atMostSuffixes: ["以内", "以下"]
        case .doublings: ["翻一番", "翻两番"]
        case .englishMultipliers: ["thousand", "million", "billion", "trillion", "bn", "mn", "m", "tn", "k"]
        case .englishFillers: ["new", "more", "additional", "extra", "net", "full-time", "green", "direct"]
        case .leadWords: [
            "到", "至", "于", "在", "将于", "将在", "预计", "预计到", "计划于", "计划在", "计划到", "力争在", "力争于",
            "有望在", "有望于", "争取在", "争取于", "目标在", "目标于", "目标到", "目标是在", "力争", "争取", "计划", "展望",
            "by", "by the end of", "by end of", "until", "no later than", "before",
        ]
        case .relativeYears: ["今年", "明年", "后年", "底前", "末前"]
        case .afterYear: ["年底前", "年末前", "年前", "年底", "年末", "年以前", "年"]
        case .goalHeadings: ["目标", "预期效益", "预期成效", "targets", "goals"]
        case .measureHeadings: ["举措", "任务", "措施", "以下工作", "下列工作", "重点工作", "工作安排", "measures", "the plan includes", "the package includes",
                                "the strategy includes", "key actions", "include:", "includes:", "key elements", "will:"]
        case .publicAffairs: [
            "政府", "政策", "规划", "产业", "经济", "举措", "措施", "国务院", "省委", "市委", "工信部", "发改委",
            "财政", "民生", "投资", "行动方案", "实施意见", "指导意见", "十四五", "十五五", "施政", "纲要",
            "战略", "高质量", "人才", "就业", "资金", "亿元", "万元", "中小企", "预算", "基础设施", "公共服务",
            "government", "governments", "minister", "ministers", "ministry", "council", "councils", "policy",
            "policies", "strategy", "target", "targets", "programme", "programmes", "scheme", "schemes",
            "billion", "pledge", "pledged", "investment", "emissions", "economy", "jobs", "fund", "funding",
            "budget", "parliament", "congress", "federal", "mayor", "public",
        ]
        }
    }
}
