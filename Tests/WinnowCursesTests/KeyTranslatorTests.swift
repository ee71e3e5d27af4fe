import CNcursesw
import Testing
import WinnowCurses
import WinnowUI

@Suite struct KeyTranslatorTests {
    @Test func charactersAndControlKeys() {
        #expect(KeyTranslator.key(forCharacter: 0x71) == .character("q"))
        #expect(KeyTranslator.key(forCharacter: 0x5EE3) == .character("廣"))
        #expect(KeyTranslator.key(forCharacter: 0x1B) == .escape)
        #expect(KeyTranslator.key(forCharacter: 0x09) == .tab)
        #expect(KeyTranslator.key(forCharacter: 0x0D) == .enter)
        #expect(KeyTranslator.key(forCharacter: 0x0A) == .enter)
        #expect(KeyTranslator.key(forCharacter: 0x7F) == .backspace)
        #expect(KeyTranslator.key(forCharacter: 0x03) == .control("c"))
        #expect(KeyTranslator.key(forCharacter: 0x1A) == .control("z"))
        #expect(KeyTranslator.key(forCharacter: 0x00) == nil)
    }

    @Test func functionKeys() {
        #expect(KeyTranslator.key(forKeyCode: KEY_UP) == .up)
        #expect(KeyTranslator.key(forKeyCode: KEY_NPAGE) == .pageDown)
        #expect(KeyTranslator.key(forKeyCode: KEY_PPAGE) == .pageUp)
        #expect(KeyTranslator.key(forKeyCode: KEY_HOME) == .home)
        #expect(KeyTranslator.key(forKeyCode: KEY_END) == .end)
        #expect(KeyTranslator.key(forKeyCode: KEY_BTAB) == .backTab)
        #expect(KeyTranslator.key(forKeyCode: KEY_BACKSPACE) == .backspace)
        #expect(KeyTranslator.key(forKeyCode: KEY_ENTER) == .enter)
        #expect(KeyTranslator.key(forKeyCode: KEY_F0 + 1) == .function(1))
        #expect(KeyTranslator.key(forKeyCode: KEY_RESIZE) == nil)
    }

    @Test func mouseWheelAndLeftButton() {
        #expect(KeyTranslator.mouseEvent(state: WN_BUTTON4_PRESSED, row: 3, column: 7) == .mouse(button: .wheelUp, row: 3, column: 7))
        #expect(KeyTranslator.mouseEvent(state: WN_BUTTON5_PRESSED, row: 0, column: 0) == .mouse(button: .wheelDown, row: 0, column: 0))
        #expect(KeyTranslator.mouseEvent(state: WN_BUTTON1_PRESSED, row: 5, column: 10) == .mouse(button: .left, row: 5, column: 10))
        #expect(KeyTranslator.mouseEvent(state: WN_BUTTON1_CLICKED, row: 5, column: 10) == .mouse(button: .left, row: 5, column: 10))
        #expect(KeyTranslator.mouseEvent(state: WN_BUTTON1_RELEASED, row: 5, column: 10) == nil)
    }
}
