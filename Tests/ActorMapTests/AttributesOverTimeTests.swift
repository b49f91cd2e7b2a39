import Foundation
import Testing
@testable import ActorMap

/// Attributes given once, over time and by several informants: how they are read, checked,
/// taken at a moment and written back. Every expected value is worked out by hand from the
/// rules in ``AttributeReading`` and written beside the check.
@Suite struct AttributesOverTimeTests {
    func dataset() throws -> Dataset {
        let report = check(stakeholderMap)
        #expect(report.problems.isEmpty, "\(report.problems)")
        return try #require(report.dataset)
    }

    // MARK: Decoding

    @Test func declarationsAndValuesAreRead() throws {
        let dataset = try dataset()
        #expect(dataset.attributes.map(\.id) == ["formality", "score"])
        #expect(dataset.attributes[0].appliesTo == .relationships)
        #expect(dataset.attributes[0].values == ["informal", "written", "signed"])
        #expect(dataset.attributes[1].minimum == 0 && dataset.attributes[1].maximum == 10)
        // The catalogue's three come first in the vocabulary, the dataset's after.
        #expect(dataset.vocabulary.attributes.map(\.id) == ["influence", "interest", "stance", "formality", "score"])
        let fed = try #require(dataset.actor("fed"))
        #expect(fed.attributes == ["stance": .text("supports"), "country": .text("Kenya")])
        #expect(fed.datedAttributes["influence"] == [
            DatedAttributeValue(since: CalendarDate(year: 2005), value: .integer(3)),
            DatedAttributeValue(since: CalendarDate(year: 2012), until: CalendarDate(year: 2016), value: .integer(6),
                                sources: ["interview-07"], confidence: "medium"),
        ])
        #expect(dataset.actor("county")?.datedAttributes["influence"]?.compactMap(\.informant) == ["wanjiru", "otieno", "otieno", "achieng"])
        #expect(dataset.relationships[0].datedAttributes["formality"]?.map(\.value) == [.text("informal"), .text("signed")])
    }

    @Test func jsonReadsTheSame() throws {
        let yaml = try dataset()
        let json = NativeDatasetWriter().text(yaml, syntax: .json)
        let report = check(json, syntax: .json, file: "map.json")
        #expect(report.problems.isEmpty, "\(report.problems)")
        let read = try #require(report.dataset)
        expectSameDataset(read, yaml, "JSON")
        #expect(read.attributes == yaml.attributes)
    }

    @Test func aMapWithoutAttributesHasNone() throws {
        let dataset = try #require(check(smallMap).dataset)
        #expect(dataset.actors.allSatisfy { $0.datedAttributes.isEmpty })
        #expect(dataset.attributes.isEmpty)
    }

    // MARK: The value at a moment

    @Test func aValueHoldsFromSinceToUntilOrTheNextSince() throws {
        let dataset = try dataset()
        let fed = dataset.actorIndex(of: "fed")!
        func influence(_ time: TimeSelection) -> AttributeValue? { Snapshot(dataset, at: time).attribute("influence", ofActorAt: fed) }
        // 3 from 2005; 6 from 2012 (the next since ends the 3) to 2016 (its until, included).
        #expect(influence(.year(2004)) == nil)
        #expect(influence(.year(2005)) == .integer(3))
        #expect(influence(.year(2011)) == .integer(3))
        #expect(influence(.year(2012)) == .integer(6))
        #expect(influence(.year(2016)) == .integer(6))
        // After 2016 nothing holds: the 3 ended when the 6 began, and the 6 ended in 2016.
        #expect(influence(.year(2017)) == nil)
        // A window takes the value of its last year; all time the latest value.
        #expect(influence(.window(2008...2013)) == .integer(6))
        #expect(influence(.window(2003...2004)) == nil)
        #expect(influence(.allTime) == .integer(6))
        // A date inside a year reads the value that holds then.
        #expect(influence(.date(CalendarDate(year: 2011, month: 6)!)) == .integer(3))
        #expect(Snapshot(dataset, at: .year(2013)).number("influence", ofActorAt: fed) == 6)
        // A value given once holds at every moment.
        #expect(Snapshot(dataset, at: .year(1990)).attribute("stance", ofActorAt: fed) == .text("supports"))
    }

    @Test func informantsAreKeptApartAndSummarisedByTheirMedian() throws {
        let dataset = try dataset()
        let county = dataset.actorIndex(of: "county")!
        func reading(_ year: Int) -> AttributeReading? { Snapshot(dataset, at: .year(year)).reading("influence", ofActorAt: county) }
        // 2007: wanjiru 3, otieno 8, achieng 5 -> sorted 3, 5, 8: median 5, spread 3 to 8.
        let early = try #require(reading(2007))
        #expect(early.value == .integer(5))
        #expect(early.ratings.map(\.informant) == ["wanjiru", "otieno", "achieng"])
        #expect(early.ratings.map(\.value) == [.integer(3), .integer(8), .integer(5)])
        #expect(early.spread == 3...8)
        // 2009: achieng's 5 ended in 2008; wanjiru 3, otieno 8 -> (3 + 8) / 2 = 5.5.
        #expect(reading(2009)?.value == .number(5.5))
        // 2012: otieno's 4 replaced the 8 in 2010; wanjiru 3, otieno 4 -> 3.5, spread 3 to 4.
        #expect(reading(2012)?.value == .number(3.5))
        #expect(reading(2012)?.spread == 3...4)
        #expect(Snapshot(dataset, at: .year(2012)).number("influence", ofActorAt: county) == 3.5)
        #expect(reading(2004) == nil)
    }

    @Test func categoriesTakeTheMiddleInTheirDeclaredOrder() {
        let stance = AttributeDeclaration.catalogue[2]
        // supports < neutral < opposes: of supports, opposes, opposes the middle is opposes.
        #expect(AttributeReading.summary(of: [.text("supports"), .text("opposes"), .text("opposes")], declaration: stance) == .text("opposes"))
        // Of two, the one listed first.
        #expect(AttributeReading.summary(of: [.text("opposes"), .text("supports")], declaration: stance) == .text("supports"))
        // Free text: the value most informants gave.
        #expect(AttributeReading.summary(of: [.text("b"), .text("a"), .text("a")], declaration: nil) == .text("a"))
    }

    @Test func relationshipsHaveValuesAtAMomentToo() throws {
        let dataset = try dataset()
        #expect(Snapshot(dataset, at: .year(2009)).attribute("formality", ofRelationshipAt: 0) == .text("informal"))
        #expect(Snapshot(dataset, at: .year(2010)).attribute("formality", ofRelationshipAt: 0) == .text("signed"))
    }

    // MARK: Validation

    struct Broken: CustomTestStringConvertible, Sendable {
        var name: String
        var replace: String
        var with: String
        var path: String
        var message: String
        var fix: String
        var severity: Problem.Severity = .error
        /// Text on the line the problem is at, when not the changed text's.
        var lineOf: String?

        var testDescription: String { name }
    }

    static let broken: [Broken] = [
        Broken(name: "below the least value", replace: "{since: 2005, value: 3}", with: "{since: 2005, value: -1}",
               path: "actors[0].attributes.influence[0].value", message: "influence is -1, below its least value 0",
               fix: "give a value from 0 to …"),
        Broken(name: "above the greatest", replace: "score: 4", with: "score: 11",
               path: "actors[2].attributes.score", message: "score is 11, above its greatest value 10", fix: "widen `min`/`max`"),
        Broken(name: "not a number", replace: "influence: 7", with: "influence: high",
               path: "actors[2].attributes.influence", message: "'high' is not a number, and influence is declared a number",
               fix: "write a number"),
        Broken(name: "unknown category", replace: "stance: opposes", with: "stance: oposes",
               path: "actors[1].attributes.stance", message: "'oposes' is not a stance this map knows", fix: "did you mean 'opposes'?"),
        Broken(name: "unknown declared category", replace: "{since: 2010, value: signed}", with: "{since: 2010, value: sined}",
               path: "relationships[0].attributes.formality[1].value", message: "'sined' is not a formality", fix: "did you mean 'signed'?"),
        Broken(name: "overlapping periods", replace: "{since: 2005, value: 3}, {since: 2012", with: "{since: 2005, until: 2013, value: 3}, {since: 2012",
               path: "actors[0].attributes.influence[1].since", message: "overlaps value 1 of the list (2005–2013)",
               fix: "end the earlier value before this one starts"),
        Broken(name: "same start, same informant", replace: "{since: 2005, value: 3, informant: wanjiru}", with: "{since: 2005, value: 3, informant: otieno}",
               path: "actors[1].attributes.influence[1].since", message: "from informant 'otieno'", fix: "give each value its own `since`",
               lineOf: "{since: 2005, value: 8, informant: otieno}"),
        Broken(name: "dated outside the actor", replace: "{since: 2005, value: 3}", with: "{since: 1990, until: 1995, value: 3}",
               path: "actors[0].attributes.influence[0].until", message: "is dated outside the period of actor 'fed' (2000–…)",
               fix: "widen the actor's", severity: .warning),
        Broken(name: "unknown confidence", replace: "confidence: medium", with: "confidence: meduim",
               path: "actors[0].attributes.influence[1].confidence", message: "'meduim' is not a confidence", fix: "did you mean 'medium'?"),
        Broken(name: "unknown source", replace: "sources: [interview-07]", with: "sources: [interview-7]",
               path: "actors[0].attributes.influence[1].sources", message: "unknown source 'interview-7'", fix: "did you mean 'interview-07'?"),
        Broken(name: "declared for relationships", replace: "stance: supports", with: "formality: signed",
               path: "actors[0].attributes.formality", message: "'formality' is declared for relationships, not actors", fix: "move the value"),
        Broken(name: "until before since", replace: "{since: 2012, until: 2016", with: "{since: 2012, until: 2010",
               path: "actors[0].attributes.influence[1].until", message: "until (2010) comes before since (2012)", fix: "swap the two"),
        Broken(name: "a value over time needs a value", replace: "{since: 2010, value: 4, informant: otieno}", with: "{since: 2010, informant: otieno}",
               path: "actors[1].attributes.influence[2].value", message: "the required field 'value' is missing", fix: "add `value:`"),
        Broken(name: "unknown type of attribute", replace: "type: number, min: 0", with: "type: nubmer, min: 0",
               path: "attributes[1].type", message: "'nubmer' is not one of the words `type` takes: number, category, text.", fix: "did you mean 'number'?"),
        Broken(name: "unknown carrier of an attribute", replace: "applies_to: relationships", with: "applies_to: relationship",
               path: "attributes[0].applies_to", message: "'relationship' is not one of the words `applies_to` takes: actors, relationships.",
               fix: "did you mean 'relationships'?"),
    ]

    @Test(arguments: broken) func problemsNameTheFileLineAndFix(_ broken: Broken) throws {
        #expect(stakeholderMap.contains(broken.replace), "the map has no '\(broken.replace)'")
        let text = stakeholderMap.replacingOccurrences(of: broken.replace, with: broken.with)
        let report = check(text)
        let problem = try #require(report.problems.first { $0.path == broken.path }, "\(report.problems)")
        #expect(problem.severity == broken.severity)
        #expect(problem.message.contains(broken.message), "\(problem.message)")
        #expect(problem.fix?.contains(broken.fix) == true, "\(problem.fix ?? "no fix")")
        #expect(problem.file == "map.yaml")
        // The line the changed text stands on.
        #expect(problem.line == line(of: broken.lineOf ?? broken.with, in: text), "\(problem)")
    }

    @Test func freeFormAttributesStayFree() throws {
        let text = stakeholderMap.replacingOccurrences(of: "country: Kenya", with: "country: 42\n      members: [{since: 2001, value: lots}]")
        let report = check(text)
        #expect(report.problems.isEmpty, "\(report.problems)")
    }

    // MARK: Writing and reading back

    @Test func nativeYAMLAndJSONKeepEveryValue() throws {
        let dataset = try dataset()
        for syntax in [DatasetReader.Syntax.yaml, .json] {
            let text = NativeDatasetWriter().text(dataset, syntax: syntax)
            let read = try #require(check(text, syntax: syntax).dataset, "\(syntax)")
            expectSameDataset(read, dataset, "\(syntax)")
            #expect(read.attributes == dataset.attributes)
            #expect(NativeDatasetWriter().text(read, syntax: syntax) == text)
        }
    }

    @Test func csvTablesKeepEveryValueInTheAttributesTable() throws {
        let dataset = try dataset()
        let folder = try TemporaryDirectory()
        let target = folder.url.appendingPathComponent("map.csv")
        let files = DatasetFormat.csv.files(dataset, at: target)
        #expect(files.map(\.url.lastPathComponent) == ["map.actors.csv", "map.relationships.csv", "map.dataset.yaml", "map.attributes.csv"])
        for file in files { try Data(file.text.utf8).write(to: file.url) }
        let history = files[3].text.split(separator: "\n").map(String.init)
        #expect(history[0] == "actor,relationship,attribute,since,until,value,informant,confidence,sources")
        #expect(history.contains("fed,,influence,2012,2016,6,,medium,interview-07"))
        #expect(history.contains(",1,formality,2010,,signed,,,"))
        // The actors table holds the latest value, as Kumu imports it: fed's 6.
        #expect(files[0].text.contains("fed,Federation,federation,2000"))
        let report = DatasetReader().check(contentsOf: files[0].url)
        #expect(report.errors.isEmpty, "\(report.errors)")
        let read = try #require(report.dataset)
        expectSameDataset(read, dataset, "CSV")
        #expect(read.attributes == dataset.attributes)
    }

    @Test func csvColumnsHoldTheValueAtTheChosenYear() throws {
        let tables = CSVDatasetWriter().tables(try dataset(), attributesAt: .year(2007))
        let header = tables.actors.split(separator: "\n")[0].split(separator: ",").map(String.init)
        let county = tables.actors.split(separator: "\n").first { $0.hasPrefix("county,") }!.split(separator: ",", omittingEmptySubsequences: false)
        // 2007: the median of 3, 8 and 5.
        #expect(county[header.firstIndex(of: "influence")!] == "5")
    }

    @Test func graphMLHoldsTheValueAtTheChosenYear() throws {
        let dataset = try dataset()
        let text = GraphMLWriter().document(dataset.attributes(at: .year(2009)))
        let read = try #require(GraphMLReader().check(data: Data(text.utf8), file: "map.graphml").dataset)
        // 2009: fed 3; county (3 + 8) / 2 = 5.5; ngo's 7 given once.
        // GraphML gives a key one type: whole numbers and 5.5 share `string`, read back as text.
        func number(_ id: String) -> Double? { read.actor(id)?.attributes["influence"].flatMap { $0.number ?? Double($0.description) } }
        #expect(number("fed") == 3)
        #expect(number("county") == 5.5)
        #expect(number("ngo") == 7)
        #expect(read.relationships[0].attributes["formality"] == .text("informal"))
        // The latest by default.
        let latest = try #require(GraphMLReader().check(data: Data(DatasetFormat.graphml.files(dataset, at: URL(fileURLWithPath: "m.graphml"))[0].text.utf8), file: "m.graphml").dataset)
        #expect(latest.actor("fed")?.attributes["influence"].flatMap { $0.number ?? Double($0.description) } == 6)
    }

    @Test func gexfKeepsActorsValuesAsDynamicAttributes() throws {
        let dataset = try dataset()
        let text = GEXFWriter().document(dataset.attributes(at: .allTime, actors: false))
        #expect(text.contains(#"<attributes class="node" mode="dynamic">"#))
        #expect(text.contains(#"title="influence@otieno""#))
        // fed's 3 holds until the day before its 6 starts.
        #expect(text.contains(#"value="3.0" start="2005-01-01" end="2011-12-31""#) || text.contains(#"value="3" start="2005-01-01" end="2011-12-31""#), "\(text)")
        let report = GEXFReader().check(data: Data(text.utf8), file: "map.gexf")
        #expect(report.errors.isEmpty, "\(report.errors)")
        let read = try #require(report.dataset)
        // Dates come back to the day; the value at every year is the same.
        for year in 2000...2020 {
            for id in ["fed", "county", "ngo"] {
                let before = Snapshot(dataset, at: .year(year)).reading("influence", ofActorAt: dataset.actorIndex(of: id)!)
                let after = Snapshot(read, at: .year(year)).reading("influence", ofActorAt: read.actorIndex(of: id)!)
                #expect(before?.value.number == after?.value.number, "\(id) in \(year)")
                // GEXF lists informants by name.
                #expect(before?.ratings.map { $0.informant ?? "" }.sorted() == after?.ratings.map { $0.informant ?? "" }.sorted(), "\(id) in \(year)")
            }
        }
    }
}
