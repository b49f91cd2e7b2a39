import Testing
@testable import ActorMap

@Suite struct TextWrapTests {
    @Test func linesBreakAtSpacesWithinTheWidth() {
        // "Muungano wa" is 11 characters; adding " Wanavijiji" would make 22, over 16.
        #expect(TextWrap.lines("Muungano wa Wanavijiji", width: 16) == ["Muungano wa", "Wanavijiji"])
        // Exactly at the width stays on one line: "ab cd" is 5.
        #expect(TextWrap.lines("ab cd", width: 5) == ["ab cd"])
        #expect(TextWrap.lines("ab cd", width: 4) == ["ab", "cd"])
    }

    @Test func aLongWordStaysWholeAndSpacesCollapse() {
        #expect(TextWrap.lines("a Supercalifragilistic b", width: 5) == ["a", "Supercalifragilistic", "b"])
        #expect(TextWrap.lines("  a   b  ", width: 10) == ["a b"])
        #expect(TextWrap.lines("   ", width: 10).isEmpty)
    }

    @Test func anEmptyLineOfANameIsKeptInTheDrawing() {
        #expect(DiagramBuilder.wrapped("First\n\nThird") == "First\n\nThird")
    }
}
