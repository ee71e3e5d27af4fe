import Foundation
import Testing
import WinnowCurses

@Suite struct SystemWidthTests {
    @Test func glibcWidthsInUTF8Locale() {
        setlocale(LC_ALL, "C.UTF-8")
        #expect(CursesSupport.systemWidth("中") == 2)
        #expect(CursesSupport.systemWidth("，") == 2)
        #expect(CursesSupport.systemWidth("“") == 1)
        #expect(CursesSupport.systemWidth("a") == 1)
    }
}
