/// A map whose shift between 2010 and 2015 is worked out by hand in `PowerShiftTests`.
///
/// 2010: fed–city contention, donor→fed funding, ngo–fed collaboration.
/// 2015: fed–city MoU, donor→fed funding, agency–fed and agency–city collaboration; the NGO
/// has gone and the agency has arrived.
let shiftMapText = """
    title: Shift
    actors:
      - {id: fed, name: Federation, kind: federation}
      - {id: city, name: City, kind: city-government}
      - {id: donor, name: Donor, kind: donor}
      - {id: ngo, name: NGO, kind: support-ngo, until: 2012}
      - {id: agency, name: Agency, kind: national-agency, since: 2014}
    relationships:
      - {from: fed, to: city, type: contention, since: 2008, until: 2012}
      - {from: fed, to: city, type: mou, since: 2013}
      - {from: donor, to: fed, type: funding, since: 2009}
      - {from: ngo, to: fed, type: collaboration, since: 2005, until: 2012}
      - {from: agency, to: fed, type: collaboration, since: 2014}
      - {from: agency, to: city, type: collaboration, since: 2014}
    """
