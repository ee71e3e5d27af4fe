import Testing
@testable import WinnowCore

/// Goals and measures on sentences written for these tests, one pattern or exclusion each.
@Suite struct ExtractFindingTests {
    /// Extracts from body lines (headings where a line starts with `# `).
    static func extract(_ lines: [String], meta: String? = nil) -> (goals: [Finding], measures: [Finding]) {
        var analyzed: [AnalyzedLine] = []
        var offset = 0
        var all = lines
        if let meta { all.insert(meta, at: 0) }
        for (i, raw) in all.enumerated() {
            let isHeading = raw.hasPrefix("# ")
            let text = isHeading ? String(raw.dropFirst(2)) : raw
            let kind: LineKind = (meta != nil && i == 0) ? .meta : isHeading ? .heading : .body
            let count = text.unicodeScalars.count
            analyzed.append(AnalyzedLine(n: i + 1, kind: kind, text: text, start: offset, end: offset + count))
            offset += count + 1
        }
        return FindingExtractor().extract(from: analyzed)
    }

    static func texts(_ findings: [Finding]) -> [String] { findings.map { String($0.text) } }

    @Test func deadlineCarriesToEveryClauseAfterIt() {
        let r = Self.extract(["規劃提出，到2030年，全市數字經濟規模突破5000億元，打造10個特色產業園區，建成國際一流的數據樞紐。"])
        #expect(Self.texts(r.goals) == ["到2030年，全市數字經濟規模突破5000億元", "打造10個特色產業園區", "建成國際一流的數據樞紐"])
        #expect(r.goals.allSatisfy { $0.year == 2030 })
        #expect(r.goals[0].quantity == Quantity(value: 5000, unit: "億元", comparator: ">"))
        #expect(r.goals[1].quantity == Quantity(value: 10, unit: "個", comparator: "="))
        #expect(r.goals[2].rank == "國際一流")
        #expect(r.measures.isEmpty)
    }

    @Test func simplifiedDeadlinesAndComparators() {
        let r = Self.extract(["到2027年，全省企业研发投入强度不低于3%，新增上市公司超过50家，碳排放强度控制在1.5吨以内。"])
        #expect(r.goals.map(\.quantity) == [
            Quantity(value: 3, unit: "%", comparator: "≥"),
            Quantity(value: 50, unit: "家", comparator: ">"),
            Quantity(value: 1.5, unit: "吨", comparator: "≤"),
        ])
    }

    @Test func otherDeadlineForms() {
        let r = Self.extract([
            "全區力爭2026年前實現5G網絡全覆蓋。",
            "到“十五五”末，建成現代化物流體系。",
            "至2028年底，全市新能源汽車保有量達到20萬輛。",
        ])
        #expect(r.goals.map(\.year) == [2026, 2030, 2028])
        #expect(r.goals[0].rank == "全覆蓋")
        #expect(r.goals[2].quantity == Quantity(value: 20, unit: "萬輛", comparator: "="))
    }

    @Test func chineseNumeralsAndLargeUnits() {
        let r = Self.extract([
            "新區將投入三千二百餘億元經費，估可新增一兆二千億元產值，力爭帶動七十萬人就業，人均收入翻一番。",
        ])
        #expect(r.measures.first?.quantity == Quantity(value: 3200, unit: "億元", comparator: ">"))
        #expect(r.goals.map(\.quantity) == [
            Quantity(value: 12000, unit: "億元", comparator: "="),
            Quantity(value: 70, unit: "萬人", comparator: "="),
            Quantity(value: 2, unit: "倍", comparator: "="),
        ])
    }

    @Test func paragraphsUnderAHeadingThatOnlyNamesTheTargetsAreTargets() {
        let r = Self.extract([
            "# 县政府粮食生产工作方案",
            "# 一、工作目标",
            "全年粮食播种面积稳定在225万亩以上，粮食总产稳定在21亿斤以上。新建高标准农田4.6万亩。",
            "# 二、实现碳中和目标的路径",
            "推广节能技术，淘汰落后产能。",
        ])
        #expect(Self.texts(r.goals) == ["全年粮食播种面积稳定在225万亩以上", "粮食总产稳定在21亿斤以上", "新建高标准农田4.6万亩"])
        // A heading that says more than "targets" leaves its paragraphs to be read on their own terms,
        // and so does one that is not a document's numbered heading (a feature's comment on them).
        #expect(Self.texts(r.measures) == ["推广节能技术", "淘汰落后产能"])
        let feature = Self.extract(["# 县政府粮食生产工作方案", "# 总体目标", "作为对比，全县粮食总产约为19亿斤，增长超过一成。"])
        #expect(feature.goals.isEmpty)
    }

    @Test func tasksThatForbidOrSeeToSomethingAreMeasures() {
        let r = Self.extract(["# 耕地保护政策", "严格落实耕地利用优先序，坚决遏制耕地“非农化”，防止耕地“非粮化”，依法依规开展撂荒地排查整治。做好应急种子储备。"])
        #expect(Self.texts(r.measures) == [
            "严格落实耕地利用优先序", "坚决遏制耕地“非农化”", "防止耕地“非粮化”", "依法依规开展撂荒地排查整治", "做好应急种子储备",
        ])
    }

    @Test func whatAMeetingAsksOfTheDepartmentsAreMeasures() {
        let r = Self.extract(["市政府常务会议强调，要全力稳住外贸基本盘，用好出口信用保险等政策工具，办好系列促消费活动，力争上半年完成投资900亿元以上。"])
        #expect(Self.texts(r.measures) == ["要全力稳住外贸基本盘", "用好出口信用保险等政策工具", "办好系列促消费活动"])
        // An investment striven for is a target, not spending.
        #expect(Self.texts(r.goals) == ["力争上半年完成投资900亿元以上"])
    }

    @Test func organisingCuttingAndActingInAListOfPlacesAreMeasures() {
        let r = Self.extract([
            "方案提出，组织实施具身智能“揭榜挂帅”项目，在苏州工业园区、高新区布局具身智能产业园。",
            "政府將於明年再削減公務員編制2%，並提早規劃北環線支線。",
            "在综合考虑社会经济发展状况后，特区政府决定维持现行安排。",
        ])
        #expect(Self.texts(r.measures) == [
            "组织实施具身智能“揭榜挂帅”项目", "在苏州工业园区、高新区布局具身智能产业园", "政府將於明年再削減公務員編制2%",
        ])
    }

    @Test func aNameInAListIsNoNewItemButACountIs() {
        let r = Self.extract([
            "省政府提出，支持工业园区、数据中心、5G基站等建设用户侧储能。",
            "到2025年，将力争培育100万家创新型中小企业、10万家专精特新中小企业。",
        ])
        #expect(Self.texts(r.measures) == ["支持工业园区、数据中心、5G基站等建设用户侧储能"])
        #expect(Self.texts(r.goals) == ["到2025年，将力争培育100万家创新型中小企业", "10万家专精特新中小企业"])
    }

    @Test func progressAPlanExpectsIsATargetNotAReport() {
        let r = Self.extract(["到2025年，基本掌握核心技術。氫能示範應用取得明顯成效，市場競爭力大幅提升。"])
        #expect(Self.texts(r.goals) == ["到2025年，基本掌握核心技術", "氫能示範應用取得明顯成效", "市場競爭力大幅提升"])
        // A result with 了 is reported.
        let past = Self.extract(["到2025年，基本掌握核心技術。示範應用取得了明顯成效，市場競爭力大幅提升。"])
        #expect(Self.texts(past.goals) == ["到2025年，基本掌握核心技術"])
    }

    @Test func aPlanPeriodOpeningAClauseIsItsDeadline() {
        let r = Self.extract(["“十五五”期间，工业结构进一步优化，能耗强度持续下降。"], meta: "发布时间：2022-08-05")
        #expect(Self.texts(r.goals) == ["“十五五”期间，工业结构进一步优化", "能耗强度持续下降"])
        #expect(r.goals.allSatisfy { $0.year == 2030 })
        // A page of the period's last year looks back on it.
        let late = Self.extract(["“十四五”时期，我国制造业保持稳健发展态势，增加值超过30万亿元。"], meta: "发布时间：2025-10-14")
        #expect(late.goals.isEmpty)
    }

    @Test func aSpanOfYearsIsDueByItsLastYear() {
        let r = Self.extract(["2025—2027年每年新建公共充电桩不少于1万个。", "印发《充电基础设施建设行动方案（2025—2027年）》。"])
        #expect(Self.texts(r.goals) == ["2025—2027年每年新建公共充电桩不少于1万个"])
        #expect(r.goals.first?.year == 2027)
    }

    @Test func anEnglishTargetStartsAtItsVerbNotAtAPrepositionTo() {
        let r = Self.extract([
            "China unveiled a plan, aiming to bring the country's installed capacity to more than 180 million kilowatts by 2027.",
            "The government aims to raise the contribution of the digital economy to the country's GDP to 21 per cent by 2027.",
            "It sets a target of raising the utilization rate to more than 1,000 hours a year by 2027, up from about 900 hours in 2024.",
        ])
        #expect(Self.texts(r.goals) == [
            "bring the country's installed capacity to more than 180 million kilowatts by 2027",
            "raise the contribution of the digital economy to the country's GDP to 21 per cent by 2027",
            // The baseline after it is no target.
            "raising the utilization rate to more than 1,000 hours a year by 2027",
        ])
    }

    @Test func anEnglishTargetsInfinitiveFollowsAWordOfIntent() {
        let r = Self.extract([
            "The company pledged to send zero food waste to landfill by 2030.",
            "The scheme aims to give 25,000 renters access to shared solar by 2028, both from a 2022 baseline.",
            "The council will support the wider district to reach net zero by 2040.",
        ])
        #expect(Self.texts(r.goals) == [
            "send zero food waste to landfill by 2030",
            "give 25,000 renters access to shared solar by 2028",
            "support the wider district to reach net zero by 2040",
        ])
    }

    @Test func englishActionsJoinedByAndAreOneMeasureEach() {
        let r = Self.extract([
            "The coalition says it will pool state money and speed up permits for new projects.",
            "The plan will develop innovative technologies and make significant strides in cutting emissions.",
            "The company will move all U.S. plants to renewable electricity.",
        ])
        #expect(Self.texts(r.measures) == [
            "pool state money", "speed up permits for new projects",
            // `make strides` names no action of a body.
            "develop innovative technologies",
            // `U.S.` ends no sentence.
            "move all U.S. plants to renewable electricity",
        ])
    }

    @Test func whatTheTargetsAreIsTheTarget() {
        let r = Self.extract([
            "Victoria's legislated offshore wind targets are 2GW by 2032.",
            "The hubs will draw over Rs. 8 lakh crore in total investments by 2030.",
        ])
        #expect(Self.texts(r.goals) == ["2GW by 2032", "draw over Rs. 8 lakh crore in total investments by 2030"])
    }

    @Test func settingMoneyAsideAndPartneringAreEnglishActions() {
        let r = Self.extract([
            "The minister said the government will set aside N10 billion in the 2025 budget to fund stipends.",
            "The agency will partner with at least 250 training providers across the country.",
            "The committee agreed to extend cash subsidies of as much as 100,000 baht per vehicle as part of the plan.",
        ])
        #expect(Self.texts(r.measures) == [
            "set aside N10 billion in the 2025 budget to fund stipends",
            "partner with at least 250 training providers across the country",
            // `as much as` gives the amount; the `as …` after it is cut off.
            "extend cash subsidies of as much as 100,000 baht per vehicle",
        ])
    }

    @Test func anEnglishDeadlineThatIntroducesTargetsDatesThem() {
        let r = Self.extract([
            "The plan said that by 2027, new-type energy storage will drive about 250 billion yuan in investment, and its technology will become basically mature.",
            "The harbour authority published a strategy that commits it to running a zero-emission fleet by 2035.",
        ])
        #expect(Self.texts(r.goals) == [
            "drive about 250 billion yuan in investment", "its technology will become basically mature",
            // A deadline closing a clause of its own is that clause's.
            "running a zero-emission fleet by 2035",
        ])
        #expect(r.goals.map(\.year) == [2027, 2027, 2035])
    }

    @Test func aPurposeNamingTheGoalsDoesNotMakeTheNextCountATarget() {
        let r = Self.extract(["为实现上述目标，省政府部署了五项重点任务：", "为实现这一目标，全市新能源汽车保有量将突破50万辆。"])
        #expect(!Self.texts(r.goals).contains { $0.contains("五项重点任务") })
        // A clause with a future marker of its own still sets a target.
        #expect(Self.texts(r.goals) == ["全市新能源汽车保有量将突破50万辆"])
    }

    @Test func anActionAfterAnAdverbOfMannerIsAMeasure() {
        let r = Self.extract(["各地要扎实开展数字人才专项行动，紧紧围绕产业需求，大力培养数字技能人才。"])
        #expect(Self.texts(r.measures).contains("各地要扎实开展数字人才专项行动"))
        #expect(Self.texts(r.measures).contains("大力培养数字技能人才"))
    }

    @Test func holdingAndAllowingAreActions() {
        let r = Self.extract(["投資推廣署將於今年第二季舉辦推廣活動，向海外投資者介紹計劃。", "政府將放寬申請門檻，容許申請人透過家族投資工具作出投資。"])
        #expect(Self.texts(r.measures) == ["投資推廣署將於今年第二季舉辦推廣活動", "政府將放寬申請門檻", "容許申請人透過家族投資工具作出投資"])
    }

    @Test func arrangingFundsIsAMeasureEvenWithoutAnAmount() {
        let r = Self.extract(["省级财政将安排专项资金，支持企业开展智能化改造。"])
        #expect(Self.texts(r.measures).first == "省级财政将安排专项资金")
    }

    @Test func budgetingAnAmountIsAMeasure() {
        let r = Self.extract(["經濟部將編列新臺幣900億元，推動強化電網韌性建設計畫。", "该市将斥资50亿元建设城市轨道交通。"])
        #expect(Self.texts(r.measures).contains("經濟部將編列新臺幣900億元"))
        #expect(Self.texts(r.measures).contains("该市将斥资50亿元建设城市轨道交通"))
        #expect(r.goals.isEmpty)
    }

    @Test func aspirationsAndRanksAfterAFutureMarker() {
        let r = Self.extract(["該市將力爭打造成為全國領先的氫能產業基地。"])
        #expect(Self.texts(r.goals) == ["該市將力爭打造成為全國領先的氫能產業基地"])
        #expect(r.goals.first?.rank == "全國領先")
        #expect(r.goals.first?.actor == "該市" || r.goals.first?.actor == nil)
    }

    @Test func actionClausesAreMeasuresWithTheirActor() {
        let r = Self.extract(["廣州市將進一步完善人才引進政策，加快建設國際科技創新中心，設立專項基金支持初創企業。"])
        #expect(Self.texts(r.measures) == ["廣州市將進一步完善人才引進政策", "加快建設國際科技創新中心", "設立專項基金支持初創企業"])
        #expect(r.measures.allSatisfy { $0.actor == "廣州市" })
        #expect(r.goals.isEmpty)
    }

    @Test func whatAPolicyProposesIsAMeasure() {
        let r = Self.extract(["《行動方案》提出，構建覆蓋全省的冷鏈物流網絡。省政府還提出推動農產品品牌建設。"])
        #expect(Self.texts(r.measures) == ["構建覆蓋全省的冷鏈物流網絡", "推動農產品品牌建設"])
    }

    @Test func budgetCommitmentsAreMeasures() {
        let r = Self.extract(["市政府每年安排2億元資金，支持中小企業數字化改造。"])
        #expect(r.measures.first?.text == "市政府每年安排2億元資金")
        #expect(r.measures.first?.quantity == Quantity(value: 2, unit: "億元", comparator: "="))
        #expect(r.goals.isEmpty)
    }

    @Test func pastAchievementsAreNeither() {
        let r = Self.extract([
            "截至目前，全省已建成5G基站12萬個，培育了300家高新技術企業。",
            "近年來，該區加強基礎設施建設，推動產業升級。",
            "去年全市地區生產總值突破2萬億元。",
            "自2018年起，該省陸續推出多項扶持政策。",
        ])
        #expect(r.goals.isEmpty)
        #expect(r.measures.isEmpty)
    }

    @Test func questionsQuotesOfThePastAndDescriptionsAreNeither() {
        let r = Self.extract([
            "為何要推動產業集群發展？",
            "“我們已在多個領域實現突破，推動了技術創新。”他說。",
            "加強人才培養是這次會議討論的重點之一。",
        ])
        #expect(r.goals.isEmpty)
        #expect(r.measures.isEmpty)
    }

    @Test func headingsNameTheKindOfTheItemsUnderThem() {
        let r = Self.extract([
            "# 三、主要目標",
            "- 新型儲能裝機規模明顯提升，綠色產業體系基本建立。",
            "# 四、重點任務",
            "- 完善充電設施網絡，優化城市配送體系。",
            "# 五、背景",
            "- 完善的政策讓企業受益良多。",
        ])
        #expect(Self.texts(r.goals) == ["新型儲能裝機規模明顯提升", "綠色產業體系基本建立"])
        #expect(Self.texts(r.measures) == ["完善充電設施網絡，優化城市配送體系"])
    }

    @Test func headingsAndTitlesAreNotItems() {
        let lines = [
            AnalyzedLine(n: 1, kind: .title, text: "到2030年全省建成100個智慧園區", start: 0, end: 18),
            AnalyzedLine(n: 2, kind: .heading, text: "加快推進數字政府建設", start: 19, end: 29),
            AnalyzedLine(n: 3, kind: .spam, text: "到2030年全省建成100個智慧園區", start: 30, end: 48),
        ]
        let r = FindingExtractor().extract(from: lines)
        #expect(r.goals.isEmpty && r.measures.isEmpty)
    }

    @Test func pinyinAnnotationsAreSeenThroughAndKeptInTheText() {
        let line = "到2025年(nian)，培(pei)育(yu)50家(jia)龍頭企(qi)業(yè)。"
        let r = Self.extract([line])
        #expect(r.goals.count == 1)
        let goal = r.goals[0]
        #expect(goal.text == "到2025年(nian)，培(pei)育(yu)50家(jia)龍頭企(qi)業(yè)")
        #expect(goal.year == 2025)
        #expect(goal.quantity == Quantity(value: 50, unit: "家", comparator: "="))
        let scalars = Array(line.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[goal.start..<goal.end])) == goal.text)
    }

    @Test func offsetsAreScalarOffsetsInTheDecodedText() {
        let r = Self.extract(["序言。", "政府將推動綠色轉型。"])
        let decoded = Array("序言。\n政府將推動綠色轉型。".unicodeScalars)
        let m = r.measures[0]
        #expect(m.line == 2)
        #expect(String(String.UnicodeScalarView(decoded[m.start..<m.end])) == m.text)
    }

    @Test func quotedTitlesAndListsAreNeverCut() {
        let r = Self.extract(["到2026年，形成“研發、製造、應用”一體的良好格局，落實《關於加快發展(試行)的意見》。"])
        #expect(Self.texts(r.goals) == ["到2026年，形成“研發、製造、應用”一體的良好格局", "落實《關於加快發展(試行)的意見》"])
    }

    @Test func enumeratedQuantitiesAreSeparateTargets() {
        let r = Self.extract(["到2028年，將培育200家示範工廠、30家領航企業、5個產業集群。"])
        #expect(r.goals.count == 3)
        #expect(r.goals.map { $0.quantity?.value } == [200, 30, 5])
    }

    @Test func aYearOpeningAClauseIsATargetOnlyAfterThePublicationDate() {
        let future = Self.extract(["2027年全市數字經濟占比達到50%。"], meta: "發布日期：2025-03-01")
        #expect(future.goals.first?.year == 2027)
        let past = Self.extract(["2023年全市數字經濟占比達到40%。"], meta: "發布日期：2025-03-01")
        #expect(past.goals.isEmpty)
    }

    @Test func englishTargetsAndActions() {
        let r = Self.extract([
            "The Government today set out plans to cut household energy bills by at least 20% by 2030, compared to 2020 levels.",
            "The council will invest £15 million in new cycle lanes.",
            "Ministers have launched a national skills programme as the economy recovers.",
            "Last year the region was the first to ban coal by 2025.",
        ])
        #expect(Self.texts(r.goals) == ["cut household energy bills by at least 20% by 2030"])
        #expect(r.goals.first?.quantity == Quantity(value: 20, unit: "%", comparator: "≥"))
        #expect(r.goals.first?.year == 2030)
        #expect(r.goals.first?.actor == "The Government")
        #expect(Self.texts(r.measures) == ["invest £15 million in new cycle lanes", "launched a national skills programme"])
        #expect(r.measures.first?.quantity == Quantity(value: 15, unit: "£ million", comparator: "="))
    }

    @Test func anEnglishListOfWhatAPlanIncludesIsMeasures() {
        let r = Self.extract(["The government has set out a new housing plan.", "The plan includes:",
                              "- £5 billion for affordable and social housing", "- Mandatory housing targets for every council"])
        #expect(Self.texts(r.measures) == ["£5 billion for affordable and social housing", "Mandatory housing targets for every council"])
        #expect(r.measures.first?.quantity == Quantity(value: 5, unit: "£ billion", comparator: "="))
    }

    @Test func recruitingIsAnEnglishAction() {
        let r = Self.extract(["The government said ministers will also recruit 300 new planning officers to clear the backlog."])
        #expect(Self.texts(r.measures) == ["recruit 300 new planning officers to clear the backlog"])
        #expect(r.goals.isEmpty)
    }

    @Test func anEnglishTargetBeforeAYearHasThatYear() {
        let r = Self.extract(["The government also pledged to reduce gas flaring by 50% before 2026."])
        #expect(r.goals.map(\.year) == [2026])
    }

    @Test func anEnglishTargetUntilAYearHasThatYear() {
        let r = Self.extract(["The government plans to double solar capacity to 60 GW until 2028, the minister said."])
        #expect(r.goals.map(\.year) == [2028])
    }

    @Test func deadlinesThatAreNot() {
        let r = Self.extract([
            "截至2030年的規劃期內，這項工作由市政府負責。",
            "2024年前5個月，全省出口增長10%。",
        ])
        #expect(r.goals.isEmpty)
    }
}

extension ExtractFindingTests {
    @Test func enumeratedTasksAreMeasures() {
        let r = Self.extract(["為實現上述目標，全市將實施三項工程：一是強化關鍵技術攻關；二是完善公共服務平台。"])
        #expect(r.goals.isEmpty)
        #expect(Self.texts(r.measures) == ["全市將實施三項工程", "一是強化關鍵技術攻關", "二是完善公共服務平台"])
    }

    @Test func aStatedGoalOpensTargets() {
        let r = Self.extract(["當局表示，目標是在2032年前把回收率提升至55%，並新增20個回收站。"])
        #expect(r.goals.count == 2)
        #expect(r.goals.allSatisfy { $0.year == 2032 })
        #expect(r.goals[0].quantity == Quantity(value: 55, unit: "%", comparator: "="))
    }

    @Test func reservedFundsAreAMeasureAndTheActorDropsItsModal() {
        let r = Self.extract(["署方會於明年推出新一輪培訓計劃，並預留8億港元資助中小企。"])
        #expect(r.goals.isEmpty)
        #expect(r.measures.count == 2)
        #expect(r.measures[1].quantity == Quantity(value: 8, unit: "億港元", comparator: "="))
    }

    @Test func englishPlansSplitAtASecondPlanAndNarrativeIsNotAMeasure() {
        let r = Self.extract([
            "The board said it will build 30 new clinics and aims to halve waiting times by 2029.",
            "The plan sets a target of 80% of buses running on electricity by 2032.",
            "In 2015 the firm launched its first electric van.",
        ])
        #expect(Self.texts(r.measures) == ["build 30 new clinics"])
        #expect(r.measures.first?.quantity == Quantity(value: 30, unit: "clinics", comparator: "="))
        #expect(Self.texts(r.goals) == ["halve waiting times by 2029", "80% of buses running on electricity by 2032"])
    }
}

extension ExtractFindingTests {
    @Test func aTutorialsImperativesAreNotMeasures() {
        let tutorial = Self.extract(["首先，创建一个名为 users 的数据表，设置主键为 id。", "然后，建立索引以优化查询速度。"])
        #expect(tutorial.measures.isEmpty)
        let policy = Self.extract(["市政府将建立企业服务专员制度，持续优化营商环境。"])
        #expect(policy.measures.count == 2)
    }
}

extension ExtractFindingTests {
    @Test func aLineNamingTheTargetsOpensThem() {
        let r = Self.extract(["主要目标：全年新增城镇就业20万人以上，居民收入增长与经济增长同步。"])
        #expect(Self.texts(r.goals) == ["全年新增城镇就业20万人以上", "居民收入增长与经济增长同步"])
        #expect(r.goals[0].quantity == Quantity(value: 20, unit: "万人", comparator: "≥"))
    }

    @Test func listNumbersAreTrimmedFromItems() {
        let r = Self.extract(["（一）夯实数字基础设施。加快推进算力中心建设。", "2. 完善中小企业公共服务体系。"])
        #expect(Self.texts(r.measures) == ["夯实数字基础设施", "加快推进算力中心建设", "完善中小企业公共服务体系"])
    }

    @Test func aSectionsKindIsForcedOnListItemsNotOnParagraphs() {
        let r = Self.extract([
            "# 重点任务",
            "- 加大财政投入，提升公共服务水平。",
            "省发展改革委负责人表示，这项改革是推动经济发展的重要一环。",
        ])
        #expect(Self.texts(r.measures) == ["加大财政投入，提升公共服务水平"])
    }

    @Test func fullWidthAndToneNumberAnnotationsAreSeenThrough() {
        let r = Self.extract(["到2027年，培（pei）育2000家(jia2)專精特新企業。"])
        #expect(r.goals.first?.quantity == Quantity(value: 2000, unit: "家", comparator: "="))
        #expect(r.goals.first?.text == "到2027年，培（pei）育2000家(jia2)專精特新企業")
    }
}

extension ExtractFindingTests {
    @Test func aReportedReleaseIsNotATarget() {
        let r = Self.extract(["該市發布了12項產業政策標準。"])
        #expect(r.goals.isEmpty && r.measures.isEmpty)
    }

    /// Cut-off and odd lines must never trap the extractor, and every finding must point at its text.
    @Test func oddLinesAreSafeAndOffsetsHold() {
        let odd = [
            "到", "到20", "到2025", "到2025年", "2025年前", "(", "（", "“", "《", "10,", "1.", "翻一", "by", "by 20",
            "£", "一兆", "萬億", "經濟 👍🏽 到2030年，建成😀10個", "到“十四", "政策", "- ", "（一）", "一、", "[1]",
            "“到2025年，將建成", "The plan will", "政府將", "到2030年，GDP突破", "超2000", "1.2萬億元", "第一",
            "到2030年，" + String(repeating: "推動產業發展、", count: 200),
        ]
        let r = Self.extract(odd)
        var offset = 0
        var decoded: [Unicode.Scalar] = []
        for line in odd {
            decoded += line.unicodeScalars
            decoded.append("\n")
            offset += line.unicodeScalars.count + 1
        }
        for f in r.goals + r.measures {
            #expect(String(String.UnicodeScalarView(decoded[f.start..<f.end])) == f.text)
        }
    }
}

extension ExtractFindingTests {
    @Test func englishActionsJoinedByAndAreSeparateMeasures() {
        let r = Self.extract(["Under the plan, ministers will establish a £200 million innovation fund and launch a new training college in Leeds."])
        #expect(Self.texts(r.measures) == ["establish a £200 million innovation fund", "launch a new training college in Leeds"])
        #expect(r.measures.first?.quantity == Quantity(value: 200, unit: "£ million", comparator: "="))
    }

    @Test func howAnEnglishBodyActsIsAMeasure() {
        let r = Self.extract([
            "The state government will hold Australia's first offshore wind auction in September 2025.",
            "The council will replace its 48 refuse and street cleansing vehicles with electric models.",
            "Heat pumps cost more to install than gas boilers, and electricity is taxed more heavily than gas.",
        ])
        #expect(Self.texts(r.measures) == [
            "hold Australia's first offshore wind auction in September 2025",
            // `and` between nouns leaves the action whole; a comparison plans nothing.
            "replace its 48 refuse and street cleansing vehicles with electric models",
        ])
    }

    @Test func aFigureEndsAnEnglishSentence() {
        let r = Self.extract(["The council voted to adopt a target of reducing emissions by 54% by 2037. The plan will invest £142 million in electric buses."])
        #expect(Self.texts(r.goals) == ["reducing emissions by 54% by 2037"])
        #expect(Self.texts(r.measures) == ["invest £142 million in electric buses"])
    }
}

extension ExtractFindingTests {
    @Test func aPlansDashedListOfTargetsIsGoals() {
        let r = Self.extract([
            "# 二、发展目标",
            "锚定二〇三五年远景目标，今后五年努力实现以下目标：",
            "——城乡面貌展现新变化。常住人口城镇化率达到58%，农村自来水普及率达到92%。",
            "# 第三章 加快建设工业强县",
            "# 一、做强主导产业集群",
            "（一）壮大电子信息产业。以县工业园区为主阵地，重点引进电子元器件企业。",
        ])
        #expect(Self.texts(r.goals) == ["城乡面貌展现新变化", "常住人口城镇化率达到58%", "农村自来水普及率达到92%"])
        // The list the colon introduced ends at the next heading: a task below is no target.
        #expect(!Self.texts(r.goals).contains("壮大电子信息产业"))
    }

    @Test func howTaiwansReleasesSayAnActionIsAMeasure() {
        let r = Self.extract([
            "經濟部表示，行動計畫將提供免費碳盤查診斷，並在全台設立50個「淨零服務據點」，同時建置線上碳排計算平台。",
            "縣府將辦理鄉鎮道路品質提升計畫，並研議提供政府採購加分。",
        ])
        #expect(Self.texts(r.measures) == [
            "行動計畫將提供免費碳盤查診斷", "並在全台設立50個「淨零服務據點」", "同時建置線上碳排計算平台",
            "縣府將辦理鄉鎮道路品質提升計畫", "並研議提供政府採購加分",
        ])
    }

    @Test func aDatedClauseAmongTheTasksIsATarget() {
        let r = Self.extract([
            "# 三、重点任务",
            "3.提升高速公路服务区充电能力。对现有服务区进行扩容改造，到2027年高速公路服务区大功率充电桩占比不低于50%。（责任单位：省交通运输厅、省能源局）",
        ])
        #expect(Self.texts(r.goals) == ["到2027年高速公路服务区大功率充电桩占比不低于50%"])
        // Who carries a task out is no task.
        #expect(!Self.texts(r.measures).contains { $0.contains("责任单位") })
        #expect(Self.texts(r.measures).contains("对现有服务区进行扩容改造"))
    }

    @Test func subsidyCapsAndBudgetsAreSpending() {
        let r = Self.extract(["經濟部將推動智慧機器人方案，每案最高補助新台幣3000萬元，計劃總預算為1億澳門元。"])
        #expect(Self.texts(r.measures).contains("每案最高補助新台幣3000萬元"))
        #expect(Self.texts(r.measures).contains("計劃總預算為1億澳門元"))
        #expect(r.goals.isEmpty)
    }

    @Test func aListThatLostItsBulletsIsStillAList() {
        let r = Self.extract([
            "The governor announced a new grant program to put 600 electric school buses in service by 2028.",
            "Key elements of the grant program include:",
            "Up to $375,000 per bus for districts replacing diesel buses built in 2010 or earlier;",
            "a 40 percent set-aside for rural and frontier school districts;",
            "The first awards will be made in the spring.",
        ])
        #expect(Self.texts(r.measures).contains("Up to $375,000 per bus for districts replacing diesel buses built in 2010 or earlier"))
        #expect(Self.texts(r.measures).contains("a 40 percent set-aside for rural and frontier school districts"))
        // The lead-in names the list; it is no item.
        #expect(!Self.texts(r.measures + r.goals).contains { $0.hasPrefix("Key elements") })
    }

    @Test func aDatedCountedItemOfAListOfTasksIsATarget() {
        let r = Self.extract([
            "Key commitments include:",
            "a £250,000 community climate fund offering grants to local groups",
            "installing 120 public charge points in council car parks by 2025",
            "Councillor Helen Price said: “We can’t do this alone, so we’ll be working with businesses.”",
        ])
        #expect(Self.texts(r.measures).contains("a £250,000 community climate fund offering grants to local groups"))
        #expect(Self.texts(r.goals) == ["installing 120 public charge points in council car parks by 2025"])
        #expect(r.goals.first?.year == 2025)
        // A quoted paragraph ends with its full stop inside the quote: the list is over.
        #expect(!Self.texts(r.measures).contains { $0.hasPrefix("Councillor") })
    }

    @Test func aReleasesNumberedParagraphsAreReadOnTheirOwnTerms() {
        let r = Self.extract([
            "# Targets for 2030",
            "3.   Under the plan, the industry aims to grow its value-added by 40% to reach S$30 billion by 2030, and to create 3,000 new jobs for Singaporeans.",
            "# Key initiatives",
            "5.   To support these goals, the ministry will:",
            "a.   set aside S$800 million for semiconductor research;",
            "b.   launch a talent programme with up to 1,000 places over three years;",
            "7.   Speaking at the launch, the Minister said: “We cannot compete on cost, so we must compete on capability.”",
        ])
        // The target from its first verb of intent, not from the `to` after a figure.
        #expect(Self.texts(r.goals).contains("grow its value-added by 40% to reach S$30 billion by 2030"))
        #expect(!Self.texts(r.goals).contains("Under the plan"))
        // A lead-in ending `will:` introduces actions, whatever goals it names.
        #expect(Self.texts(r.measures).contains("set aside S$800 million for semiconductor research"))
        #expect(Self.texts(r.measures).contains("launch a talent programme with up to 1,000 places over three years"))
        #expect(!(r.goals + r.measures).contains { $0.text.hasPrefix("Speaking") || $0.text.hasPrefix("We cannot") })
    }

    @Test func aFiscalYearIsADeadlineAndAListOfWordsIsOneClause() {
        let r = Self.extract(["The company aims to make 100% of its packaging recyclable, reusable or compostable by FY2030."])
        #expect(Self.texts(r.goals) == ["make 100% of its packaging recyclable, reusable or compostable by FY2030"])
        #expect(r.goals.first?.year == 2030)
        // Clauses are still parted where no list of words runs on.
        let split = ClauseSplitter().split(MatchableText("By 2030, jobs will rise, and costs will fall"))
        #expect(split.clauses.count == 3)
    }

    @Test func anOrderToABodyMakesEveryLaterClauseATask() {
        let r = Self.extract([
            "為加速推動，院長作以下指示：",
            "一、請經濟部會同內政部及環境部，於3個月內完成地熱開發相關法規之檢討修正，簡化開發許可流程，縮短行政審查時程。",
            "各單位請認真抓好貫徹落實，來信請注明意見主題。",
        ])
        #expect(Self.texts(r.measures).contains("縮短行政審查時程"))
        #expect(Self.texts(r.measures).contains("於3個月內完成地熱開發相關法規之檢討修正"))
        // `請` that asks no body to act orders nothing.
        #expect(!Self.texts(r.measures).contains { $0.contains("注明") || $0.contains("貫徹落實") })
    }

    @Test func aWorkPlansYearAndItsListOfWork() {
        let r = Self.extract([
            "2026年是“十五五”规划开局之年。",
            "2026年，协会将重点开展以下工作：",
            "（一）组织重点企业开展减速器、伺服系统等核心零部件联合攻关。",
            "（二）举办第四届长三角机器人产业对接大会。",
        ], meta: "发布时间：2026-01-16")
        // A year that a sentence describes is no deadline.
        #expect(!Self.texts(r.goals).contains { $0.contains("开局之年") })
        // `以下工作` introduces tasks, whatever year the lead-in names.
        #expect(Self.texts(r.measures).contains("组织重点企业开展减速器、伺服系统等核心零部件联合攻关"))
        #expect(Self.texts(r.measures).contains("举办第四届长三角机器人产业对接大会"))
        #expect(r.goals.isEmpty)
    }

    @Test func hongKongsWillIsAMarkOfThePlan() {
        let r = Self.extract([
            "政府已於今年五月向立法會提交條例草案，並會於下半年就加氫站設計標準諮詢業界。職業訓練局亦會開辦氫能相關的技術課程。",
        ])
        #expect(Self.texts(r.measures).contains("並會於下半年就加氫站設計標準諮詢業界"))
        #expect(Self.texts(r.measures).contains("職業訓練局亦會開辦氫能相關的技術課程"))
        #expect(!Self.texts(r.measures).contains { $0.contains("提交") })
    }

    @Test func whatABodyDidTodayIsItsAction() {
        let r = Self.extract([
            "The Minister for Energy today announced the $42 million Neighbourhood Battery Program Round 3.",
            "The Prime Minister has today announced a new ambitious target to cut emissions by 78% by 2035.",
            "Last year the council announced a similar scheme.",
        ])
        #expect(Self.texts(r.measures) == ["announced the $42 million Neighbourhood Battery Program Round 3"])
        // A target announced is a target.
        #expect(Self.texts(r.goals).contains { $0.contains("78% by 2035") })
    }

    @Test func anActionAfterWhatItCentresOnOrWhere() {
        let r = Self.extract([
            "# （一）推动技术创新", "围绕质子交换膜、催化剂、碳纸等关键材料和核心部件开展攻关，以合肥、芜湖、滁州为核心打造新型储能产业集聚区，在工业园区、数据中心、5G基站等用户侧推广储能应用。",
        ])
        #expect(Self.texts(r.measures).contains("围绕质子交换膜、催化剂、碳纸等关键材料和核心部件开展攻关"))
        #expect(Self.texts(r.measures).contains("以合肥、芜湖、滁州为核心打造新型储能产业集聚区"))
        #expect(Self.texts(r.measures).contains("在工业园区、数据中心、5G基站等用户侧推广储能应用"))
    }

    @Test func anAsideBetweenDashesStaysInItsClause() {
        let r = Self.extract(["The company aims to source 50% of its key ingredients — oats, wheat, corn and dairy — from regenerative farms by 2030."])
        #expect(Self.texts(r.goals) == ["source 50% of its key ingredients — oats, wheat, corn and dairy — from regenerative farms by 2030"])
        // One dash alone still parts two clauses.
        #expect(ClauseSplitter().split(MatchableText("Costs will fall — and jobs will rise")).clauses.count == 2)
    }

    @Test func aPlansExpectedBenefitsAreItsTargets() {
        let r = Self.extract([
            "# 四、預期效益",
            "（一）帶動民間投資新臺幣450億元，創造6,000個就業機會。",
        ])
        #expect(Self.texts(r.goals) == ["帶動民間投資新臺幣450億元", "創造6,000個就業機會"])
    }

    @Test func anEnglishBillThatProvidesMoneyIsSpending() {
        let r = Self.extract(["The budget provides $18 million for rebates on heat pumps and induction stoves for low-income households."])
        #expect(Self.texts(r.measures).contains { $0.contains("provides $18 million for rebates") })
        #expect(r.goals.isEmpty)
    }

    @Test func twoDatedEnglishTargetsJoinedByAndAreTwo() {
        let r = Self.extract(["The nation aims to raise the share of renewables in its power mix to 35% by 2030 and 50% by 2040, from about 22% now."])
        #expect(Self.texts(r.goals).prefix(2) == ["raise the share of renewables in its power mix to 35% by 2030", "50% by 2040"])
        #expect(r.goals.prefix(2).map(\.year) == [2030, 2040])
    }

    @Test func aDatedTargetGoesOnInTheNextSentence() {
        let r = Self.extract([
            "到2025年，形成较为完善的氢能产业发展制度政策环境，产业创新能力显著提高。燃料电池车辆保有量约5万辆，可再生能源制氢量达到10万吨/年。政府将加大财政投入力度。",
        ])
        #expect(Self.texts(r.goals).contains("可再生能源制氢量达到10万吨/年"))
        #expect(r.goals.first { $0.text == "燃料电池车辆保有量约5万辆" }?.year == 2025)
        // A sentence that looks ahead on its own (将…) is read on its own terms.
        #expect(Self.texts(r.measures) == ["政府将加大财政投入力度"])
    }

    @Test func anActionPlannedInThePassiveIsAMeasure() {
        let r = Self.extract([
            "The government has set a target of 5 million tonnes of green hydrogen a year by 2030.",
            "Proposals will be invited from State Governments and port authorities.",
            "More trained staff will be needed in every state.",
        ])
        #expect(Self.texts(r.measures) == ["Proposals will be invited from State Governments and port authorities"])
    }

    @Test func aYearInNumeralsIsADeadline() {
        let r = Self.extract(["展望二〇三五年，全县经济实力大幅跃升，基本实现新型工业化。"])
        #expect(Self.texts(r.goals) == ["展望二〇三五年，全县经济实力大幅跃升", "基本实现新型工业化"])
        #expect(r.goals.allSatisfy { $0.year == 2035 && $0.quantity == nil })
    }

    @Test func extendingASchemeUntilAYearSetsNoTarget() {
        let r = Self.extract(["政府會繼續推行資助計劃，並將計劃申請期延長至二○二七年，進一步資助私人住宅樓宇停車場安裝充電設施。"])
        #expect(r.goals.isEmpty)
        #expect(Self.texts(r.measures) == ["政府會繼續推行資助計劃", "並將計劃申請期延長至二○二七年", "進一步資助私人住宅樓宇停車場安裝充電設施"])
    }

    @Test func plannedYearsAreDeadlinesButAPlainDateIsNot() {
        let r = Self.extract([
            "新廠將於2027年投產，預計2030年產值達到300億元。",
            "該項目在2021年動工，總投資50億元。",
        ])
        #expect(r.goals.map(\.year) == [2027, 2030])
        #expect(r.goals[1].quantity == Quantity(value: 300, unit: "億元", comparator: "="))
    }
}

extension ExtractFindingTests {
    @Test func documentTitlesHoldNoTargetAndGigabitIsNoNumber() {
        let r = Self.extract([
            "《智慧城市三年行動計劃（2025—2027年）》近日正式印發。",
            "市政府將推進千兆光網進社區。",
        ])
        #expect(r.goals.isEmpty)
        #expect(r.measures.count == 1)
        #expect(r.measures.first?.quantity == nil)
    }

    @Test func aComparisonYearIsNoQuantity() {
        let r = Self.extract(["The council voted to adopt a target of cutting waste by 30% by 2031, compared with 2020 levels."])
        #expect(Self.texts(r.goals) == ["cutting waste by 30% by 2031"])
    }
}

extension ExtractFindingTests {
    @Test func aTargetYearAfterTheWordTargetAndAListOfExpectedFigures() {
        let r = Self.extract([
            "內閣今天通過方案，目標在2032年綠電占比達到40%，儲能累計裝置容量達5GW。",
            "今年的主要預期目標是：地區生產總值增長6%左右；新增就業50萬人以上。",
        ])
        #expect(r.goals.map(\.year) == [2032, 2032, nil, nil])
        #expect(r.goals[1].quantity == Quantity(value: 5, unit: "GW", comparator: "="))
        #expect(r.goals[3].quantity == Quantity(value: 50, unit: "萬人", comparator: "≥"))
    }
}

extension ExtractFindingTests {
    @Test func aLineEndingInAColonIntroducesTheListAfterIt() {
        let r = Self.extract([
            "到2028年，全區主要目標如下：",
            "1. 綠色建築占新建建築比例達到70%。",
            "2. 公共交通分擔率明顯提高。",
            "重點任務包括：",
            "（一）加快老舊小區節能改造。",
            "這些工作由區政府統籌。",
        ])
        #expect(Self.texts(r.goals) == ["綠色建築占新建建築比例達到70%", "公共交通分擔率明顯提高"])
        #expect(r.goals.allSatisfy { $0.year == 2028 })
        #expect(Self.texts(r.measures) == ["加快老舊小區節能改造"])
    }
}

extension ExtractFindingTests {
    @Test func shortVerbObjectMeasuresCountButFragmentsDoNot() {
        let r = Self.extract(["省政府印发通知。", "各地要建立健全项目库，实行动态管理，并。"])
        #expect(Self.texts(r.measures) == ["各地要建立健全项目库", "实行动态管理"])
    }
}

extension ExtractFindingTests {
    @Test func aSentenceOpeningWithAYearBeforePublicationReportsThePast() {
        let r = Self.extract(["2023年，該市推動老舊廠房改造，建設3個產業園區。"], meta: "發布日期：2025-03-01")
        #expect(r.goals.isEmpty && r.measures.isEmpty)
        let undated = Self.extract(["2023年，市政府推動老舊廠房改造。"])
        #expect(undated.measures.count == 1)
    }
}

extension ExtractFindingTests {
    @Test func englishSpendingIsAMeasureAndChineseTopTenIsARank() {
        let en = Self.extract(["The city will spend $2 billion on public transit over the next decade."])
        #expect(Self.texts(en.measures) == ["spend $2 billion on public transit over the next decade"])
        #expect(en.goals.isEmpty)
        let zh = Self.extract(["到2030年，全市數字經濟規模躋身全國前十。"])
        #expect(zh.goals.first?.rank == "全國前十")
    }
}

extension ExtractFindingTests {
    @Test func aimingAtAYearIsADeadline() {
        let r = Self.extract(["公司表示，將繼續加大研發投入，力爭2026年營收達到150億元。"])
        #expect(r.goals.first?.year == 2026)
        #expect(r.goals.first?.quantity == Quantity(value: 150, unit: "億元", comparator: "="))
        #expect(Self.texts(r.measures) == ["將繼續加大研發投入"])
    }

    @Test func aUnitInLatinLettersAfterTheDigitsIsRead() {
        let r = Self.extract(["到2025年，全省算力規模達到20EFLOPS，建成5G基站25萬個。"])
        #expect(r.goals.map(\.quantity) == [
            Quantity(value: 20, unit: "EFLOPS", comparator: "="),
            // `5G` names a generation: the count is the base stations'.
            Quantity(value: 25, unit: "萬個", comparator: "="),
        ])
    }

    @Test func workingTowardsTheGoalsOpensTheTasksNotMoreTargets() {
        let r = Self.extract(["《计划》提出，到2026年，本市新能源汽车年产量超过120万辆。", "围绕上述目标，本市将实施五项重点工程，建设一批公共服务平台。"])
        #expect(r.goals.count == 1)
        #expect(Self.texts(r.measures) == ["本市将实施五项重点工程", "建设一批公共服务平台"])
    }

    @Test func aYearNamedFromThePublicationYearIsADeadline() {
        let r = Self.extract(["省政府提出，今年底前，全省將完成100個智慧工廠改造。", "到明年，各地將建成20個算力調度平台。",
                              "今年1至9月，全省出口增長5%。"], meta: "發布日期：2024-03-05")
        #expect(r.goals.map(\.year) == [2024, 2025])
        // `年底前` alone is the end of the page's year, and it makes a company's news a page of plans.
        let yearEnd = Self.extract(["企业有关负责人介绍，下半年将继续扩大产能，计划年底前形成年产50架的能力。"], meta: "2024年06月30日 10:05 新华财经")
        #expect(yearEnd.goals.map(\.year) == [2024])
        #expect(Self.texts(yearEnd.measures) == ["下半年将继续扩大产能"])
        let everyYear = Self.extract(["省政府要求各地每年年底前报送工作进展。"], meta: "发布日期：2024-03-05")
        #expect(everyYear.goals.isEmpty)
        // Scheduling an action this year sets no target.
        let scheduled = Self.extract(["投資推廣署將於今年第二季舉辦推廣活動。"], meta: "發布日期：2024-03-05")
        #expect(scheduled.goals.isEmpty)
        #expect(scheduled.measures.count == 1)
        // Without the page's year, `今年` names no year.
        #expect(Self.extract(["省政府提出，今年底前，全省將完成100個智慧工廠改造。"]).goals.isEmpty)
    }

    @Test func anEnglishQuantityKeepsItsWholeNoun() {
        let r = Self.extract(["Officials will also add 3,000 park-and-ride spaces by 2027.", "The council will fund 12 new research centres."])
        #expect(Self.texts(r.goals) == ["add 3,000 park-and-ride spaces by 2027"])
        #expect(r.goals.first?.quantity?.unit == "park-and-ride spaces")
        #expect(r.measures.first?.quantity?.unit == "research centres")
    }

    @Test func sayingInsideAnotherWordReportsNothing() {
        let r = Self.extract(["政府將於本月內舉辦說明會。", "市政府稱將擴大公共住房供應。"])
        #expect(Self.texts(r.measures) == ["政府將於本月內舉辦說明會", "將擴大公共住房供應"])
    }

    @Test func everyCountAfterStrivingIsATarget() {
        let r = Self.extract(["省政府办公厅印发行动方案。", "在企业梯度培育方面，力争新增专精特新企业100家以上，培育制造业单项冠军企业50家。",
                              "下一步，全省将实施三项工程。"])
        #expect(Self.texts(r.goals) == ["力争新增专精特新企业100家以上", "培育制造业单项冠军企业50家"])
        // Without striving, an action that counts what it does stays a measure.
        #expect(Self.texts(r.measures) == ["全省将实施三项工程"])
    }

    @Test func aCapOnWhatIsPaidIsAtMost() {
        let r = Self.extract(["市府将推出租金补贴方案，每户每月最高补贴5000元，对企业最高给予10万元奖励。"])
        #expect(r.measures.compactMap(\.quantity?.comparator) == ["≤", "≤"])
    }

    @Test func percentagesWrittenOutAndTenths() {
        let r = Self.extract(["到2030年，再生能源發電占比將提升至三成，碳排放量較2005年減少百分之二十四，電動車銷售比例達到百分之百。",
                              "到2030年，全市將建成為國際航運中心。"])
        #expect(r.goals.prefix(3).map(\.quantity) == [
            Quantity(value: 3, unit: "成", comparator: "="),
            Quantity(value: 24, unit: "%", comparator: "="),
            Quantity(value: 100, unit: "%", comparator: "="),
        ])
        // `建成為` holds no count.
        #expect(r.goals.last?.quantity == nil)
    }

    @Test func aChangeFromOneFigureToAnotherTargetsTheSecond() {
        let r = Self.extract(["政府將把援助金額上限由60萬澳門元提高至100萬澳門元，力爭惠及3000家中小企業。",
                              "The council aims to raise the recycling rate from 45% to 65% by 2030."])
        #expect(r.goals.compactMap(\.quantity) == [
            Quantity(value: 100, unit: "萬澳門元", comparator: "="),
            Quantity(value: 3000, unit: "家", comparator: "="),
            Quantity(value: 65, unit: "%", comparator: "="),
        ])
    }

    @Test func anActionForSomeoneNamedBeforeItIsAMeasure() {
        let r = Self.extract(["河北将延续实施降低失业保险费率政策，对小微企业用电成本给予10%的补贴。"])
        #expect(Self.texts(r.measures) == ["河北将延续实施降低失业保险费率政策", "对小微企业用电成本给予10%的补贴"])
        #expect(r.goals.isEmpty)
    }

    @Test func englishMoneyWithItsShortMultiplierIsSpending() {
        let r = Self.extract(["The government will spend £1.3bn on charging points for electric vehicles.",
                              "A further £582m will be provided in grants for buyers of zero-emission vehicles."])
        #expect(r.measures.map(\.quantity) == [Quantity(value: 1.3, unit: "£ bn", comparator: "="), Quantity(value: 582, unit: "£ m", comparator: "=")])
        #expect(r.goals.isEmpty)
    }

    @Test func anEnglishTargetForSomethingIsThatSomething() {
        let r = Self.extract(["The plan also sets a target for 95% of planning decisions to be made on time."])
        #expect(Self.texts(r.goals) == ["95% of planning decisions to be made on time"])
    }

    @Test func whatAPlanWouldDoIsATarget() {
        let r = Self.extract(["Ministers said the scheme would create 43,000 hectares of new woodland."])
        #expect(Self.texts(r.goals) == ["create 43,000 hectares of new woodland"])
    }

    @Test func englishActorsKeepTheirWholeName() {
        let r = Self.extract([
            "The Biden administration will invest $7 billion in seven hydrogen hubs.",
            "The Department for Transport will fund 200 electric buses.",
            "President Buhari will create 20 million jobs by 2030.",
            "It will also fund 40 new schools.",
        ])
        #expect(r.measures.map(\.actor) == ["The Biden administration", "The Department for Transport", nil])
        #expect(r.goals.map(\.actor) == ["President Buhari"])
    }
}
