import Foundation
import Testing
@testable import WinnowCore

/// Bytes in the legacy Chinese encodings, written out by hand so the tests need no converter.
enum LegacyBytes {
    /// "中文" in GB2312/GBK/GB18030.
    static let gbChinese: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4]
    /// "中文" in Big5.
    static let big5Chinese: [UInt8] = [0xA4, 0xA4, 0xA4, 0xE5]
}

@Suite struct InputDecodingTests {
    /// A longer Simplified sentence, converted through iconv itself (round trip).
    private func encode(_ text: String, as encoding: String) -> [UInt8] {
        let cd = iconv_open(encoding, "UTF-8")
        defer { iconv_close(cd) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4)
        var inLeft = input.count, outLeft = output.count
        input.withUnsafeMutableBufferPointer { i in
            output.withUnsafeMutableBufferPointer { o in
                var ip: UnsafeMutablePointer<CChar>? = i.baseAddress
                var op: UnsafeMutablePointer<CChar>? = o.baseAddress
                _ = iconv(cd, &ip, &inLeft, &op, &outLeft)
            }
        }
        return output.prefix(output.count - outLeft).map { UInt8(bitPattern: $0) }
    }

    @Test func gbBytesDecodeAsGB18030() throws {
        let bytes = LegacyBytes.gbChinese + encode("，我们的目标是发展国家经济。", as: "GB18030")
        let decoded = try TextDecoder.decodeChecked(bytes)
        #expect(decoded.encoding == "gb18030")
        #expect(decoded.text.hasPrefix("中文，我们的目标"))
        #expect(decoded.invalidBytes == 0)
    }

    @Test func big5BytesDecodeAsBig5() throws {
        let bytes = LegacyBytes.big5Chinese + encode("，我們的目標是發展國家經濟。", as: "BIG5")
        let decoded = try TextDecoder.decodeChecked(bytes)
        #expect(decoded.encoding == "big5")
        #expect(decoded.text.hasPrefix("中文，我們的目標"))
    }

    @Test func metaCharsetHintIsRead() {
        let html = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>".utf8)
        #expect(HTMLTextExtractor.declaredCharset(html) == "gb2312")
        #expect(HTMLTextExtractor.declaredCharset(Array("<meta charset='big5'>".utf8)) == "big5")
        #expect(HTMLTextExtractor.declaredCharset(Array("<p>no declaration</p>".utf8)) == nil)
    }

    @Test func binaryBytesAreRefused() {
        let bytes: [UInt8] = (0..<2048).map { UInt8($0 % 256) }
        #expect(throws: TextDecoder.Failure.self) { try TextDecoder.decodeChecked(bytes) }
    }

    @Test func aFewBadBytesInUTF8AreRepairedNotRefused() throws {
        let bytes = Array("第一段文字，內容完整。第二段文字，內容也完整。".utf8) + [0xE4, 0xB8]
        let decoded = try TextDecoder.decodeChecked(bytes)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.invalidBytes == 1)
        #expect(decoded.text.hasSuffix("\u{FFFD}"))
    }

    @Test func utf16WithByteOrderMark() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("中a".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let decoded = try TextDecoder.decodeChecked(bytes)
        #expect(decoded.encoding == "utf-16le")
        #expect(decoded.text == "中a")
    }
}
