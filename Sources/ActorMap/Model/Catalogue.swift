extension Vocabulary {
    /// The actors and ties of co-production work, available to every dataset.
    ///
    /// Colours are the Okabe–Ito palette, which stays distinguishable under the common
    /// forms of colour blindness.
    public static let catalogue = Vocabulary(
        groups: [
            Group(id: "community", label: "Organised communities", color: "#E69F00"),
            Group(id: "state", label: "State", color: "#0072B2"),
            Group(id: "civil-society", label: "Civil society and NGOs", color: "#009E73"),
            Group(id: "funder", label: "Donors and funders", color: "#CC79A7"),
            Group(id: "knowledge", label: "Research and academia", color: "#56B4E9"),
            Group(id: "market", label: "Private sector", color: "#D55E00"),
        ],
        kinds: [
            ActorKind(id: "federation", label: "Federation of the urban poor", group: "community", shape: "ellipse"),
            ActorKind(id: "community-group", label: "Community group", group: "community", shape: "egg"),
            ActorKind(id: "savings-group", label: "Savings group", group: "community", shape: "circle"),
            ActorKind(id: "support-ngo", label: "Support NGO", group: "civil-society", shape: "box"),
            ActorKind(id: "international-network", label: "International network", group: "civil-society", shape: "hexagon"),
            ActorKind(id: "national-agency", label: "National agency", group: "state", shape: "invhouse"),
            ActorKind(id: "national-government", label: "National government", group: "state", shape: "house"),
            ActorKind(id: "county-government", label: "County government", group: "state", shape: "pentagon"),
            ActorKind(id: "city-government", label: "City government", group: "state", shape: "octagon"),
            ActorKind(id: "municipal-government", label: "Municipal government", group: "state", shape: "trapezium"),
            ActorKind(id: "utility", label: "Utility", group: "state", shape: "cylinder"),
            ActorKind(id: "multilateral", label: "Multilateral agency", group: "funder", shape: "doubleoctagon"),
            ActorKind(id: "donor", label: "Donor", group: "funder", shape: "diamond"),
            ActorKind(id: "foundation", label: "Foundation", group: "funder", shape: "Mdiamond"),
            ActorKind(id: "researcher", label: "Researchers", group: "knowledge", shape: "note"),
            ActorKind(id: "private-firm", label: "Private firm", group: "market", shape: "component"),
        ],
        relationshipTypes: [
            RelationshipType(id: "mou", label: "Memorandum of understanding", directed: false, sign: 1, color: "#0072B2", style: "bold"),
            RelationshipType(id: "funding", label: "Funding", directed: true, sign: 1, color: "#009E73", style: "solid"),
            RelationshipType(id: "contention", label: "Contention", directed: false, sign: -1, color: "#D55E00", style: "dashed"),
            RelationshipType(id: "collaboration", label: "Collaboration", directed: false, sign: 1, color: "#56B4E9", style: "solid"),
            RelationshipType(id: "information-sharing", label: "Information sharing", directed: false, sign: 1, color: "#999999", style: "dotted"),
            RelationshipType(id: "technical-support", label: "Technical support", directed: true, sign: 1, color: "#CC79A7", style: "solid"),
            RelationshipType(id: "membership", label: "Membership or affiliation", directed: true, sign: 1, color: "#E69F00", style: "solid"),
            RelationshipType(id: "advocacy", label: "Advocacy", directed: true, sign: 1, color: "#F0E442", style: "dashed"),
        ],
        attributes: AttributeDeclaration.catalogue
    )
}
