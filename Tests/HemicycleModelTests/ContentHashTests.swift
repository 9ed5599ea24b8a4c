import Foundation
import HemicycleModel
import Testing

/// The fingerprint through `JSONEncoder` (`.sortedKeys`), as every stored `content_hash` was
/// computed: the generic overload, which a `CanonicallyEncodable` value reaches only from here.
func encoderFingerprint<T: Encodable>(_ value: T) throws -> String {
    try ContentHash.of(value)
}

@Suite("Content hash")
struct ContentHashTests {
    /// Every control character, the escaped ones, non-ASCII, right-to-left marks, a decomposed
    /// accent, an emoji, an empty string.
    static let hostile = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
        + "\"\\/<script>'&\u{7F}\u{85}\u{A0}\u{200F}\u{202E}\u{2028}\u{FEFF}e\u{301}É🇫🇷"

    static let deputies: [Deputy] = [
        Deputy(uid: "PA1", firstName: "Anne", lastName: "Dupont"),
        Deputy(uid: "PA2", civility: "Mme", firstName: hostile, lastName: "", sortName: "x", birthDate: CalendarDate(iso: "1970-01-31"),
               birthPlace: "Paris (75)", deathDate: CalendarDate(iso: "2024-12-01"), profession: hostile, hatvpURL: "https://www.hatvp.fr/x/",
               contacts: [Contact(kind: "Mèl", value: "a@b.fr"), Contact(kind: "", value: hostile)]),
    ]
    static let bodies: [Body] = [
        Body(uid: "PO1", typeCode: "GP", name: "Groupe"),
        Body(uid: "PO2", typeCode: "COMPER", name: hostile, shortName: "s", abbreviation: "AB", startDate: CalendarDate(iso: "2024-07-18"),
             endDate: CalendarDate(iso: "2025-01-01"), legislature: -17, color: "#123456", parentRef: "PO0"),
    ]
    static let mandates: [Mandate] = [
        Mandate(uid: "PM1", deputyRef: "PA1", legislature: nil, bodyType: "GP", bodyRefs: [], startDate: nil, endDate: nil),
        Mandate(uid: "PM2", deputyRef: "PA1", legislature: 17, bodyType: "ASSEMBLEE", bodyRefs: ["PO1", hostile],
                startDate: CalendarDate(iso: "2024-07-07"), endDate: CalendarDate(iso: "2025-07-07"), quality: "membre",
                election: Election(region: hostile, department: "Yvelines", departmentCode: "78", constituency: 12, cause: "élections générales"),
                endCause: "démission"),
        Mandate(uid: "PM3", deputyRef: "PA2", legislature: 17, bodyType: "ASSEMBLEE", bodyRefs: ["PO1"], startDate: nil, endDate: nil,
                election: Election()),
    ]

    @Test func canonicalWriterGivesTheEncodersFingerprint() throws {
        for deputy in Self.deputies { #expect(ContentHash.of(deputy) == (try encoderFingerprint(deputy)), "\(deputy.uid)") }
        for body in Self.bodies { #expect(ContentHash.of(body) == (try encoderFingerprint(body)), "\(body.uid)") }
        for mandate in Self.mandates { #expect(ContentHash.of(mandate) == (try encoderFingerprint(mandate)), "\(mandate.uid)") }
    }

    /// One changed property changes the fingerprint (the fingerprint is not of a constant).
    @Test func aChangedPropertyChangesTheFingerprint() {
        var deputy = Self.deputies[1]
        let before = ContentHash.of(deputy)
        deputy.contacts[0].value = "c@d.fr"
        #expect(ContentHash.of(deputy) != before)
        var mandate = Self.mandates[1]
        let beforeMandate = ContentHash.of(mandate)
        mandate.election?.constituency = 13
        #expect(ContentHash.of(mandate) != beforeMandate)
    }
}
