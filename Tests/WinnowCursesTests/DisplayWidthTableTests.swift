import Foundation
import Testing
import WinnowCurses
import WinnowUI

/// The browser's width table must agree with glibc wcwidth, which ncurses and tmux use to place cells.
@Suite struct DisplayWidthTableTests {
    @Test func tableAgreesWithGlibcForEveryScalar() {
        setlocale(LC_ALL, "C.UTF-8")
        let measure = DisplayWidth()
        var disagreements: [String] = []
        for v in UInt32(1)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let system = CursesSupport.systemWidth(scalar)
            let ours = measure.width(of: scalar)
            if system != ours && disagreements.count < 20 {
                disagreements.append(String(format: "U+%04X glibc %d table %d", v, system, ours))
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
    }
}
