import HemicycleModel
import HemicycleReport
import Testing

/// The contact list's columns, on hand-made records shaped like the Assemblée's (`Mèl` twice, a
/// party address before the official one, two web sites, labels of several kinds).
@Suite("Contact list: one value per cell")
struct ContactColumnsTests {
    static let seat = SeatMandate(uid: "PM1", deputyRef: "PA1", legislature: 17, departmentCode: "59", departmentName: "Nord", constituency: 1,
                                  startDate: CalendarDate(iso: "2024-07-07"), endDate: nil, startCause: nil, endCause: nil)
    static let anne = Deputy(uid: "PA1", civility: "Mme", firstName: "Anne", lastName: "Aubry", contacts: [
        Contact(kind: "Adresse officielle", value: "Assemblée nationale, 126 Rue de l'Université, 75355 Paris 07 SP"),
        Contact(kind: "Mèl", value: "contact@parti.fr"),
        Contact(kind: "Mèl", value: "anne.aubry@assemblee-nationale.fr"),
        Contact(kind: "Site internet", value: "www.anne.fr"),
        Contact(kind: "Site internet", value: "anne.blog.fr"),
        Contact(kind: "Twitter", value: "@AnneA"),
        Contact(kind: "Facebook", value: "anne.aubry"),
        Contact(kind: "Url sénateur", value: "https://www.senat.fr/senateur/a.html"),
        Contact(kind: "Adresse publiée de circonscription", value: "1 rue X 59000 Lille"),
        Contact(kind: "Pigeon voyageur", value: "colombier 3"),
    ])
    static let bruno = Deputy(uid: "PA2", civility: "M.", firstName: "Bruno", lastName: "Bayle", contacts: [
        Contact(kind: "Mèl", value: "b@perso.fr; bruno.bayle@assemblee-nationale.fr"),
    ])

    @Test("the official address in its column, the others apart; each social network and each site in its own column")
    func columns() throws {
        let records = [ContactRecord(deputy: Self.anne, seat: Self.seat, group: GroupMembership(groupRef: "PO1", abbreviation: "SOC")),
                       ContactRecord(deputy: Self.bruno, seat: nil, group: nil)]
        let columns = ContactColumns(records: records)
        #expect(Array(columns.keys.prefix(8)) == ["deputy_id", "civility", "first_name", "last_name", "seat", "department", "group_id", "group"])
        #expect(columns.contactKeys == ["email_assemblee", "email_other", "website", "website_2", "twitter", "facebook", "instagram", "linkedin",
                                        "phone", "postal_address", "constituency_address", "senate_page", "other_pigeon_voyageur"])
        let anne = Dictionary(uniqueKeysWithValues: zip(columns.keys, columns.cells(records[0])))
        #expect(anne["civility"] == "Mme" && anne["first_name"] == "Anne" && anne["last_name"] == "Aubry")
        #expect(anne["seat"] == "59-1" && anne["department"] == "Nord" && anne["group"] == "SOC" && anne["group_id"] == "PO1")
        #expect(anne["email_assemblee"] == "anne.aubry@assemblee-nationale.fr")
        #expect(anne["email_other"] == "contact@parti.fr")
        #expect(anne["website"] == "www.anne.fr" && anne["website_2"] == "anne.blog.fr")
        #expect(anne["twitter"] == "@AnneA" && anne["facebook"] == "anne.aubry" && anne["instagram"] == "")
        #expect(anne["postal_address"]?.hasPrefix("Assemblée nationale") == true && anne["constituency_address"] == "1 rue X 59000 Lille")
        #expect(anne["other_pigeon_voyageur"] == "colombier 3", "a label not known keeps its value in a column of its own")
        // Two addresses in one published value: split, the official one found.
        let bruno = Dictionary(uniqueKeysWithValues: zip(columns.keys, columns.cells(records[1])))
        #expect(bruno["email_assemblee"] == "bruno.bayle@assemblee-nationale.fr" && bruno["email_other"] == "b@perso.fr")
        #expect(bruno["seat"] == "" && bruno["group"] == "")
        #expect(columns.cells(nil).allSatisfy(\.isEmpty) && columns.cells(nil).count == columns.keys.count)
    }

    @Test("the directory: sitting deputies by seat; an ended legislature gives everyone who sat, with their latest seat")
    func directory() {
        func seat(_ uid: String, _ ref: String, _ n: Int, _ start: String, _ end: String?) -> SeatMandate {
            SeatMandate(uid: uid, deputyRef: ref, legislature: 17, departmentCode: "59", departmentName: "Nord", constituency: n,
                        startDate: CalendarDate(iso: start), endDate: end.flatMap { CalendarDate(iso: $0) }, startCause: nil, endCause: nil)
        }
        let deputies = ["PA1": Self.anne, "PA2": Self.bruno]
        func directory(_ seats: [SeatMandate], legislature: Int = 17, listed: [String: [CalendarDate]] = [:]) -> [ContactRecord] {
            ContactRecord.directory(legislature: legislature, occupancy: SeatOccupancy(mandates: seats, listedDays: listed),
                                    latestDay: CalendarDate(iso: "2026-07-01"), deputies: deputies, groups: [:])
        }
        let sitting = directory([seat("M1", "PA1", 2, "2024-07-07", nil), seat("M2", "PA2", 1, "2024-07-07", "2025-01-01")])
        #expect(sitting.map(\.deputy.uid) == ["PA1"])
        let ended = directory([seat("M1", "PA1", 2, "2024-07-07", "2026-01-01"), seat("M2", "PA2", 1, "2024-07-07", "2025-01-01"),
                               seat("M3", "PA2", 3, "2025-02-01", "2026-01-01")])
        #expect(ended.map(\.deputy.uid) == ["PA1", "PA2"])
        #expect(ended.last?.seat?.uid == "M3", "the latest seat")
        #expect(directory([seat("M1", "PA1", 2, "2024-07-07", nil)], legislature: 16).isEmpty)
        // Two open mandates on one seat (a minister and their substitute): the one listed on a ballot nearest the last day holds it.
        let two = directory([seat("M1", "PA1", 2, "2024-07-07", nil), seat("M2", "PA2", 2, "2024-07-07", nil)],
                            listed: ["PA1": [CalendarDate(iso: "2024-10-01")!], "PA2": [CalendarDate(iso: "2026-06-30")!]])
        #expect(two.map(\.deputy.uid) == ["PA2"])
    }
}
