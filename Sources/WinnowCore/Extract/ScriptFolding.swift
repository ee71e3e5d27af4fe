/// Folds text for matching: Traditional characters to their Simplified forms, full-width ASCII
/// to ASCII and ASCII letters to lower case, so one word list serves both scripts and English.
///
/// The table covers the characters of the extraction vocabulary and their common neighbours in
/// policy text; folding is only ever used for matching, never for output.
enum ScriptFolding {
    /// Traditional/Simplified pairs, two scalars each, separated by spaces.
    static let pairText = """
    將将 構构 強强 動动 進进 撐撑 佈布 發发 實实 開开 優优 揮挥 勵励 設设 導导 範范 創创 業业 務务 舉举
    標标 達达 億亿 萬万 兩两 個个 項项 條条 戶户 噸吨 餘余 幾几 約约 內内 於于 過过 為为 爭争 擬拟 劃划
    畫画 應应 須须 還还 並并 繼继 續续 積积 極极 斷断 點点 證证 據据 來来 後后 經经 歷历 屆届 時时 間间
    與与 東东 廣广 灣湾 門门 區区 縣县 鎮镇 會会 廳厅 辦办 級级 質质 產产 規规 數数 體体 係系 際际 領领
    國国 準准 現现 費费 資资 礎础 築筑 聯联 網网 絡络 統统 籌筹 鞏巩 擴扩 堅坚 嚴严 擊击 調调 驗验 試试
    術术 場场 滿满 層层 線线 雙双 邊边 環环 護护 態态 綠绿 總总 濟济 電电 腦脑 車车 專专 讓让 認认 識识
    說说 談谈 講讲 稱称 紹绍 報报 訊讯 聞闻 記记 責责 購购 貿贸 帶带 頭头 營营 運运 維维 協协 傳传 齊齐
    樹树 選选 稅税 險险 勞劳 療疗 醫医 藥药 衛卫 輸输 貨货 農农 漁渔 礦矿 鐵铁 鋼钢 氣气 綜综 戰战 機机
    關关 鍵键 節节 獎奖 補补 貼贴 撥拨 額额 圓圆 鎊镑 歐欧 臺台 幣币 蓋盖 勢势 穩稳 縮缩 減减 較较 則则
    預预 計计 貢贡 獻献 齡龄 壽寿 衝冲 權权 監监 績绩 賽赛 團团 隊队 邁迈 躍跃 處处 觀观 當当 適适 執执
    復复 興兴 壯壮 遷迁 圍围 鄉乡 黨党 張张 閱阅 讀读 瀏浏 覽览 臨临 參参 組组 織织 轉转 變变 紀纪 號号
    結结 殘残 職职 訓训 練练 晉晋 員员 僱雇 類类 糧粮 歲岁 屬属 鍊炼 煉炼 鏈链 長长 決决 測测 價价 陸陆
    壓压 懲惩 違违 禮礼 銷销 這这 幫帮 樞枢 紐纽 採采 樣样 貸贷 銀银 錢钱 隨随 獨独 針针 對对 審审 議议
    學学 檢检 視视 響响 頁页 題题 聽听 週周 擔担 攜携 遠远 擁拥 圖图 舊旧 廠厂 廢废 淨净 雲云 緊紧 師师
    歸归 韌韧 豐丰 鑄铸 鍛锻 賦赋 檔档 綱纲 確确 細细 書书 啟启 競竞 貫贯 徹彻 厲厉 養养 遊游 緻致 藝艺
    財财 勁劲 館馆 訂订 頒颁 償偿 剛刚 敗败 億亿 屆届 擬拟 範范 試试 驅驱 備备 裝装 續续 點点 戶户 務务
    週周 纔才 後后 於于 裡里 麼么 們们 說说 請请 問问 題题 頁页 歡欢 產产 鏈链 億亿 糧粮 鹽盐 醫医 療疗
    養养 務务 獲获 濟济 態态 潔洁 淨净 蘇苏 滬沪 閩闽 贛赣 魯鲁 豫豫 鄂鄂 湘湘 粵粤 瓊琼 渝渝 貴贵 雲云
    陝陕 隴陇 寧宁 疆疆 藏藏 遼辽 黑黑 吉吉 蒙蒙 晉晋 冀冀 津津 滬沪 廈厦 蘭兰 陽阳 連连 慶庆 漢汉 鄭郑
    輛辆 顆颗 畝亩 頃顷 種种 釐厘 碼码 艙舱 層层 壩坝 礎础 隻只 價价 幅幅 續续 潛潜 儲储 氫氢 網网
    畢毕 啓启 眾众 衆众 爲为 託托 託托 蘊蕴 湧涌 閒闲 闆板 盤盘 麵面 遞递 鬥斗 嶼屿 濱滨 瀋沈 灣湾 優优
    """

    private static let hanBase: UInt32 = 0x4E00
    private static let hanEnd: UInt32 = 0xA000

    /// Folded value for every scalar of the main Han block (0 where it folds to itself): a
    /// flat table, so folding a line costs one array read per Han scalar.
    static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: Int(hanEnd - hanBase))
        for pair in pairText.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let scalars = Array(pair.unicodeScalars)
            guard scalars.count == 2, scalars[0].value >= hanBase, scalars[0].value < hanEnd else { continue }
            table[Int(scalars[0].value - hanBase)] = scalars[1].value
        }
        return table
    }()

    /// The scalar patterns compare against.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20)! }
        if v < 0x80 { return s }
        // Full-width ASCII (！＂…～) to ASCII, then lower case.
        if v >= 0xFF01 && v <= 0xFF5E {
            let ascii = v - 0xFEE0
            return Unicode.Scalar(ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii)!
        }
        if v == 0x3007 || v == 0x25CB { return "零" }  // 〇 and ○ used as zero in years
        if v >= hanBase && v < hanEnd {
            let folded = table[Int(v - hanBase)]
            return folded == 0 ? s : Unicode.Scalar(folded)!
        }
        return s
    }

    /// Folds a word of the vocabulary (written in either script).
    static func fold(_ word: String) -> [Unicode.Scalar] {
        word.unicodeScalars.map { fold($0) }
    }
}
