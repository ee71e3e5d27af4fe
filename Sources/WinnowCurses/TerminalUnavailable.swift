/// Why the browser cannot take over this terminal; the caller prints the text instead.
public struct TerminalUnavailable: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
