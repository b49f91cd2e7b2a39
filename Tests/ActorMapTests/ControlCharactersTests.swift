import ActorMap
import Testing

/// The one set of characters that no output shows as they are, checked against the lists
/// they come from: Unicode's general category Cc, the bidirectional formatting characters of
/// UAX #9, and the 66 noncharacters of Unicode's chapter 23.7; and XML 1.0's `Char`
/// production (section 2.2).
@Suite struct ControlCharactersTests {
    /// Unicode's 66 noncharacters, written out: U+FDD0…U+FDEF, and U+xFFFE, U+xFFFF in each
    /// of the 17 planes.
    static let noncharacters: [UInt32] = Array(0xFDD0...0xFDEF) + (0...0x10).flatMap { plane in [plane << 16 | 0xFFFE, plane << 16 | 0xFFFF] }

    @Test func theSetIsTheControlsTheBidiFormattingCharactersSeparatorsAndNoncharacters() {
        #expect(Self.noncharacters.count == 66)
        let expected = Set<UInt32>(Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x2028, 0x2029] + Array(0x202A...0x202E) + Array(0x2066...0x2069) + Self.noncharacters)
        let found = (UInt32(0)...0x10FFFF).filter { value in Unicode.Scalar(value).map(ControlCharacters.contains) ?? false }
        #expect(Set(found) == expected)
        // Cc, as Unicode's own properties give it, is inside the set.
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory == .control else { continue }
            #expect(ControlCharacters.contains(scalar), "U+\(String(value, radix: 16))")
        }
        for text in ["\u{200E}", "\u{200F}", "\u{061C}", "\u{FFFD}", "\u{FEFF}", "a", "é", "ก"] {
            #expect(!ControlCharacters.contains(text.unicodeScalars.first!), "\(text.unicodeScalars.first!.value)")
        }
    }

    @Test func xmlAllowsWhatItsCharProductionSays() {
        // Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
        let forbidden = (UInt32(0)...0x10FFFF).filter { value in
            Unicode.Scalar(value).map { !ControlCharacters.isAllowedInXML($0) } ?? false
        }
        #expect(forbidden == Array(0x0...0x8) + [0xB, 0xC] + Array(0xE...0x1F) + [0xFFFE, 0xFFFF])
    }

    @Test func theVisibleFormIsTheCodeInHexadecimal() {
        #expect(ControlCharacters.visible("\u{1B}") == #"\u{1B}"#)
        #expect(ControlCharacters.visible("\u{0}") == #"\u{0}"#)
        #expect(ControlCharacters.visible("\u{202E}") == #"\u{202E}"#)
        #expect(ControlCharacters.visible("\u{10FFFF}") == #"\u{10FFFF}"#)
    }
}
