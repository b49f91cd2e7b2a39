import ActorMap
import Testing

@Suite struct CSVCellTests {
    @Test func textThatStartsLikeAFormulaGetsAnApostrophe() {
        // OWASP, "CSV Injection": =, +, -, @, tab and carriage return start a formula.
        for text in ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "-", "+", "=HYPERLINK(\"http://x\")", "-inf", "+1 555 0100"] {
            #expect(CSVCell.neutralised(text) == "'" + text, "\(text.debugDescription)")
        }
    }

    @Test func numbersAndOtherTextStayAsTheyAre() {
        for text in ["-3.5", "+12", "-1.5e-7", "2E+3", "-.5", "0", "Muungano", "", " =x", "a=b", "'quoted'", "'-3.5"] {
            #expect(CSVCell.neutralised(text) == text, "\(text.debugDescription)")
        }
    }

    @Test func restoringGivesBackWhatWasWritten() {
        let texts = ["=1+1", "'=1+1", "''=1+1", "'", "''", "'x", "-3.5", "'-3.5", "-", "'-", "@", "plain", "", "'\t"]
        for text in texts {
            #expect(CSVCell.restored(CSVCell.neutralised(text)) == text, "\(text.debugDescription)")
        }
        // An apostrophe that neutralising would not have added is kept.
        #expect(CSVCell.restored("'x") == "'x")
        #expect(CSVCell.restored("'-3.5") == "'-3.5")
    }

    @Test func fieldsAreQuotedAsRFC4180Asks() {
        #expect(CSVCell.field("a,b") == "\"a,b\"")
        #expect(CSVCell.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVCell.field("=A1,B1") == "\"'=A1,B1\"")
        #expect(CSVCell.field("=A1", neutralise: false) == "=A1")
    }
}
