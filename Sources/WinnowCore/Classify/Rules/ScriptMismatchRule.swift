/// A Simplified-script line on a Traditional page, or the reverse: injected text that the
/// site's converter never saw. Converted pages leak a few characters of the other form
/// (`并`, `后`), so the line must be clearly of the other form: several of its characters and
/// almost none of the page's own. A weak hint: context and other rules decide.
struct ScriptMismatchRule: LineRule {
    func evaluate(_ line: LineFeatures, page: PageContext) -> RuleHit? {
        let (foreign, own): (Int, Int)
        switch page.script {
        case .traditionalOnly: (foreign, own) = (line.simplifiedOnly, line.traditionalOnly)
        case .simplifiedOnly: (foreign, own) = (line.traditionalOnly, line.simplifiedOnly)
        case .shared: return nil
        }
        guard foreign >= 2, own <= foreign / 8 else { return nil }
        return RuleHit(kind: .spam, reason: "script-mismatch", strength: .weak)
    }
}
