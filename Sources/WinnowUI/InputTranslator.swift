/// Turns terminal input into actions, according to the state's mode (search prompt, popups, focus)
/// and the keymap.
public enum InputTranslator {
    public static func action(for event: InputEvent, in state: AppState) -> Action? {
        switch event {
        case .resize(let rows, let columns):
            return .resize(rows: rows, columns: columns)
        case .mouse(let button, let row, let column):
            switch button {
            case .wheelUp: return state.popup == nil ? .scrollLines(-3) : .popupMove(-1)
            case .wheelDown: return state.popup == nil ? .scrollLines(3) : .popupMove(1)
            case .left where state.screen == .library:
                return nil
            case .left:
                guard state.popup == nil, state.isSidebarShown, column >= state.paneWidth else { return nil }
                return .clickSidebar(row: row)
            }
        case .key(let key):
            return action(for: key, in: state)
        }
    }

    static func action(for key: Key, in state: AppState) -> Action? {
        if state.screen == .library && state.library.isEditingFilter && state.popup == nil {
            switch key {
            case .character(let c): return .filterType(c)
            case .backspace, .delete: return .filterErase
            case .enter: return .filterCommit
            case .escape: return .cancel
            case .up: return .libraryMove(-1)
            case .down: return .libraryMove(1)
            default: return nil
            }
        }
        if state.search.isEditing {
            switch key {
            case .character(let c): return .searchType(c)
            case .backspace, .delete: return .searchErase
            case .enter: return .searchCommit
            case .escape: return .cancel
            default: return nil
            }
        }
        switch state.popup {
        case .help:
            switch key {
            case .character("j"), .down: return .popupMove(1)
            case .character("k"), .up: return .popupMove(-1)
            default: return .closePopup
            }
        case .outline:
            switch key {
            case .character("j"), .down: return .popupMove(1)
            case .character("k"), .up: return .popupMove(-1)
            case .enter: return .outlineJump
            case .escape, .character("q"), .character("o"): return .closePopup
            default: return nil
            }
        case nil:
            break
        }
        if let pending = state.pendingKey {
            return Keymap.action(for: [.character(pending), key], focus: state.focus, screen: state.screen)
        }
        if case .character(let c) = key, Keymap.prefixes.contains(c),
           Keymap.action(for: [key], focus: state.focus, screen: state.screen) == nil {
            return .keyPrefix(c)
        }
        return Keymap.action(for: [key], focus: state.focus, screen: state.screen)
    }
}
