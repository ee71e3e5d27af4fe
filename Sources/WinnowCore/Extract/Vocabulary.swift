/// The words the extractor reacts to, folded once (`PhraseSet`). Chinese words are written in
/// Simplified and match Traditional text through `ScriptFolding`; English words match whole words.
enum Vocabulary {
    /// Policy actions that lead a measure clause.
    static let actionVerbs = PhraseSet([
        "打造", "构建", "强化", "加强", "推动", "推进", "支撑", "布局", "研发", "建立", "完善", "实施",
        "开展", "培育", "优化", "发挥", "夯实", "鼓励", "支持", "设立", "提出", "率先", "促进", "引导",
        "提升", "加快", "加大", "加速", "深化", "建设", "健全", "落实", "保障", "推广", "扩大",
        "兜住", "兜牢", "延续", "打击", "调控", "开发", "探索", "实行", "制定", "出台", "推行", "部署",
        "拓展", "增强", "巩固", "统筹", "投入", "筹建", "帮扶", "列入", "完成", "攻关", "发展", "设置",
        "扶持", "引进", "淘汰", "整合", "搭建", "组建", "创建", "壮大", "赋能", "升级", "聚焦", "补齐",
        "推出", "启动", "预留", "修订", "引入", "开通", "试点", "建造", "兴建", "资助", "简化", "精简",
        "launch", "launched", "launches", "invest", "establish", "build", "set up", "introduce",
        "develop", "fund", "expand", "roll out", "provide",
    ])

    /// English action verbs that make a measure even without a future marker.
    static let englishMeasureVerbs = PhraseSet([
        "launched", "launch", "launches", "invest", "establish", "set up", "introduce",
        "develop", "fund", "roll out", "build", "provide", "expand", "upgrade", "deploy", "publish",
        "legislate", "introduced", "established", "spend", "allocate",
    ])

    /// Words that may sit between an actor and its verb (`廣東將進一步夯實`).
    static let adverbs = PhraseSet([
        "将", "将要", "将会", "要", "拟", "应当", "应该", "应将", "必须", "还", "也", "并", "并将", "正",
        "正在", "进一步", "积极", "大力", "不断", "持续", "全力", "着力", "重点", "每年", "继续", "主动",
        "充分", "优先", "精准", "严厉", "动态", "适时", "依法", "切实", "全面", "深入", "加紧", "努力",
        "坚决", "同时", "此外", "接下来", "未来", "力争", "争取", "计划", "通过", "共同", "首先", "逐步",
        "稳步", "有序", "更", "更加", "再", "已", "均", "都", "亦", "则", "就", "又", "及时", "尽快",
        "率先", "有效", "大幅", "着重", "进而", "会", "下一步", "于明年", "明年", "今年", "年内", "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是",
        "九是", "十是",
    ])

    /// Future and intention markers: a quantity or a level after one of them is a target.
    static let futureMarkers = PhraseSet([
        "将", "将要", "将会", "拟", "计划", "力争", "争取", "努力", "有望", "可望", "估可", "确保",
        "应当", "应将", "应该", "必须",
        "目标", "接下来", "预期", "期望", "will", "plans to", "plan to", "plans", "aims to",
        "aim to", "target", "targets", "vows to", "vowed to", "pledged to", "pledges to", "set to",
        "intends to", "seeks to", "potential to", "expected to", "committed to",
    ])

    /// Modal verbs after which an action anywhere in the clause is a measure (`擬在…開展`).
    static let leadingModals = PhraseSet([
        "将", "拟", "计划", "力争", "争取", "要", "应当", "应将", "必须", "将要",
    ])

    /// Obligations: an action anywhere after one is a measure (`相關部會應將…列入`).
    static let obligations = PhraseSet(["应当", "应将", "应该", "必须", "应予"])

    /// Words that make an action clause a description (`…是…的關鍵內容之一`, `方向包括…`).
    static let descriptions = PhraseSet(["包括", "包含", "主要有", "至关重要", "十分重要", "非常重要", "意义重大"])

    /// `是` as a copula; these words only contain it.
    static let notCopula = PhraseSet(["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "但是", "于是", "就是", "还是", "或是", "特别是", "尤其是", "若是", "凡是", "要是", "总是", "都是", "也是", "更是"])

    /// Marks of a past achievement or of a report on the past.
    static let pastMarkers = PhraseSet([
        "已", "曾", "截至", "截止", "近年来", "近几年", "今年以来", "去年", "此前", "先后", "过去",
        "以来", "前年", "上年", "历年",
        "already", "was", "were", "had", "last year", "previously", "has cut", "have cut",
    ])

    /// `取得` reports a result unless a future marker goes with it.
    static let achievedVerbs = PhraseSet(["取得", "实现了", "达到了", "完成了"])

    /// Reporting verbs: a clause ending in one introduces what follows.
    static let reportingVerbs = PhraseSet([
        "提出", "指出", "表示", "强调", "明确", "透露", "说", "称", "介绍", "认为", "显示", "获悉",
        "了解", "报道", "报导", "宣布", "公布", "发布", "印发", "要求", "指示", "提到", "写道", "消息",
        "旨在",
        "said", "says", "stated",
    ])

    /// What a policy proposes follows these (`還提出構建…`).
    static let proposalVerbs = PhraseSet(["提出", "提出了", "旨在"])

    /// What an official orders follows these (`指示各部會在一個月內完成…`).
    static let directiveVerbs = PhraseSet(["指示", "要求", "责成"])

    /// A clause ending in one of these only sets the scene (`在技術底座方面`, `主要目標如下`).
    static let sceneEndings = PhraseSet(["方面", "来看", "而言", "如下", "包括"])

    /// With a topic opening (`在…上`, `從…看`, `在…領域`), these end a scene-setting clause too.
    static let placeEndings = PhraseSet(["看", "领域", "中", "上", "下"])

    /// A clause starting with one of these only sets the scene or cites a source.
    static let topicOpenings = PhraseSet(["根据", "据", "依据", "按照", "在", "从", "当天", "今天"])

    /// A clause starting with one of these states a purpose, not a target or an action.
    static let purposeOpenings = PhraseSet(["为", "为了", "以便", "以", "to support", "in order to", "so as to"])

    /// Words that only link a deadline to the target after it (`展望到2035年，屆時，…`).
    static let linkWords = PhraseSet([
        "届时", "同时", "其中", "此外", "另外", "具体来看", "具体而言", "总体来看", "展望", "规划期",
        "目标", "主要目标", "总体目标", "发展目标", "力争", "争取", "预计", "明确", "提出", "指出",
        "预期", "计划", "并", "将", "实现", "基本", "全面",
    ])

    /// Becoming something: an aspiration when a future marker goes with it.
    static let aspirations = PhraseSet([
        "打造成为", "建设成为", "建成", "成为", "跻身", "迈入", "迈向", "基本形成", "基本建成",
        "基本实现", "全面建成",
    ])

    /// A rank or level a target names.
    static let ranks = PhraseSet([
        "全国第一", "全球第一", "世界第一", "全省第一", "全国领先", "全球领先", "世界领先", "国际领先",
        "国内领先", "全国前列", "世界前列", "全球前列", "全国前茅", "国际先进水平", "国际领先水平",
        "世界先进水平", "世界领先水平", "国内领先水平", "全国领先水平", "世界一流", "国际一流",
        "全国前三", "全国前五", "全国前十", "全球前十", "世界前十", "第一方阵",
        "全国一流", "较高水平", "领先水平", "先进水平", "全覆盖", "第一梯队", "全国首位", "世界级",
        "world leader", "world-leading", "world class", "world-class",
    ])

    /// Spending words: with an amount of money the clause is a budget commitment (a measure).
    static let spendingVerbs = PhraseSet([
        "投入", "安排", "拨付", "投资", "资助", "补贴", "给予", "出资", "拨款", "筹集", "设立", "预留",
        "拨出", "注资",
        "will invest", "invest", "allocate", "allocated", "fund", "funding", "spend", "spending", "commit",
        "committed",
    ])

    /// Money units.
    static let moneyUnits = PhraseSet(["元", "美元", "港元", "澳门元", "欧元", "英镑", "日元", "£", "$", "€", "¥"])

    /// Who acts: places and bodies that can head a clause.
    static let actorNames = PhraseSet([
        "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
        "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南",
        "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "内蒙古", "香港", "澳门", "台湾", "我国", "我省",
        "我市", "我区", "我们", "国家", "政府", "本届政府", "特区政府", "中央", "国务院", "中国", "长三角",
        "大湾区", "粤港澳大湾区",
    ])

    /// Endings that make a name an actor (`廣州市`, `工信部`, `發改委`).
    static let actorSuffixes = PhraseSet([
        "省", "市", "区", "县", "州", "政府", "部", "局", "委", "厅", "院", "会", "署", "办", "部门",
        "部会", "集团", "公司", "中心",
    ])
}
