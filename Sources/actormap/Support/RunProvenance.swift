import ActorMap

extension Provenance {
    /// How this run of the command made its result: the files it read, every argument it was
    /// given after the program's name, and the seed where one applies.
    static func ofThisRun(inputs: [String], seed: Int? = nil) -> Provenance {
        var provenance = Provenance(inputs: inputs, arguments: Array(CommandLine.arguments.dropFirst()), seed: seed.map(UInt64.init))
        provenance.evidenceFilter = EvidenceFilterRecord.effect
        return provenance
    }
}
