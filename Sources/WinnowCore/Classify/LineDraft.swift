/// A line on its way through the classifier: the rule hits, then the kind context settles.
struct LineDraft: Sendable {
    var features: LineFeatures
    /// The first strong junk verdict, if any rule gave one.
    var strongJunk: RuleHit?
    /// Weak junk hints, kept for context to weigh.
    var weakJunk: [RuleHit]
    var kind: LineKind?
    var reasons: [String] = []
    var clean: String?

    /// A line no rule has judged yet.
    init(features: LineFeatures) {
        self.features = features
        weakJunk = []
    }

    var isDecided: Bool { kind != nil }
    var isJunkHinted: Bool { strongJunk != nil || !weakJunk.isEmpty }
    /// Every hint on the line is of spam: in the site's furniture it is spam, not boilerplate
    /// (a blogroll of casinos).
    var isOnlySpamHinted: Bool { !weakJunk.isEmpty && weakJunk.allSatisfy { $0.kind == .spam } }

    mutating func decide(_ kind: LineKind, _ reasons: String...) {
        self.kind = kind
        self.reasons = reasons
    }

    /// Takes the weak hints' verdict, every hint's reason plus the zone. The kind is boilerplate
    /// when any hint says so (a menu that also repeats words is still the site's menu), else spam.
    mutating func decideByWeakHints(zone: String, kind forced: LineKind? = nil) {
        kind = forced ?? (weakJunk.contains { $0.kind == .boilerplate } || weakJunk.isEmpty ? .boilerplate : .spam)
        reasons = weakJunk.map(\.reason)
        reasons.append(zone)
    }
}
