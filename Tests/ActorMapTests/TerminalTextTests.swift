import ActorMap
import Foundation
import Testing

@Suite struct TerminalTextTests {
    @Test func controlCharactersBecomeVisibleEscapes() {
        #expect(TerminalText.escaped("Fed\u{1B}]0;PWNED\u{7}\u{1B}[2J") == #"Fed\u{1B}]0;PWNED\u{7}\u{1B}[2J"#)
        #expect(TerminalText.escaped("a\nb\tc\rd") == #"a\nb\tc\rd"#)
        #expect(TerminalText.escaped("C1 \u{9B}31m, DEL \u{7F}") == #"C1 \u{9B}31m, DEL \u{7F}"#)
        #expect(TerminalText.escaped("abc\u{202E}fed") == #"abc\u{202E}fed"#, "a right-to-left override would reverse what follows")
        #expect(TerminalText.escaped("\u{FFFE}" + String(Unicode.Scalar(0xFDD0)!) + "\u{10FFFF}") == #"\u{FFFE}\u{FDD0}\u{10FFFF}"#)
        #expect(TerminalText.escaped("line\nnext\tcell", keepingLineBreaks: true) == "line\nnext\tcell")
        #expect(TerminalText.escaped("Muungano wa Wanavijiji, Nairobi – 2ᵉ, 👩‍👩‍👧‍👦, ชุมชน") == "Muungano wa Wanavijiji, Nairobi – 2ᵉ, 👩‍👩‍👧‍👦, ชุมชน")
    }

    @Test func aControlInsideACharacterIsStillEscaped() {
        // "\r\n" is one Character, as is ESC followed by a combining accent.
        #expect(TerminalText.escaped("a\r\nb") == #"a\r\nb"#)
        #expect(TerminalText.escaped("\u{1B}\u{301}[2J") == "\\u{1B}\u{301}[2J")
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(TerminalText.width("Nairobi") == 7)
        #expect(TerminalText.width("北京市") == 6)
        #expect(TerminalText.width("서울") == 4)
        #expect(TerminalText.width("👩‍👩‍👧‍👦") == 2)
        #expect(TerminalText.width("e\u{301}") == 1)
        #expect(TerminalText.width("ชุมชน") == 4, "a Thai vowel sign sits on its consonant")
        #expect(TerminalText.clipped("北京市人民政府", to: 6) == "北京…")
        #expect(TerminalText.clipped("北京市人民政府", to: 14) == "北京市人民政府")
    }

    @Test func cuttingNeverSplitsAnEscapeOrACharacter() {
        let name = "Fed\u{1B}]0;PWNED\u{7}e\u{301}👩‍👩‍👧‍👦🇰🇪\u{1B}[2J Settlement"
        let whole = TerminalText.escaped(name)
        let escape = try! Regex(#"\\u\{[0-9A-F]+\}|\\[ntr]"#)
        for width in 1...(whole.count + 2) {
            let cut = TerminalText.clipped(name, to: width)
            #expect(TerminalText.width(cut) <= max(width, 1), "width \(width): \(cut)")
            #expect(!cut.unicodeScalars.contains(where: TerminalText.isControl))
            guard cut != whole else { continue }
            #expect(cut.hasSuffix("…"))
            let kept = Array(cut.dropLast())
            // Whole characters: what is kept is a prefix of the escaped name, character by character.
            #expect(Array(whole.prefix(kept.count)) == kept, "width \(width): \(cut)")
            // Whole escapes: once complete escapes are removed, no piece of one is left.
            #expect(!String(kept).replacing(escape, with: "").contains("\\"), "width \(width): \(cut)")
        }
    }
}
