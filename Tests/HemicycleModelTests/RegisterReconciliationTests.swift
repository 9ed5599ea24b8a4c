import HemicycleModel
import Testing

/// The RNE register set against the Assemblée's seats (``RegisterReconciliation``), on hand-made rows.
@Suite("Register reconciliation")
struct RegisterReconciliationTests {
    func seat(_ uid: String, _ deputy: String, _ department: String, _ number: Int, from: String, to: String? = nil) -> SeatMandate {
        SeatMandate(uid: uid, deputyRef: deputy, legislature: 17, departmentCode: department, departmentName: nil, constituency: number,
                    startDate: CalendarDate(iso: from), endDate: to.flatMap { CalendarDate(iso: $0) }, startCause: nil, endCause: nil)
    }

    func rne(_ line: Int, _ department: String, _ number: Int, _ first: String, _ last: String, born: String = "1970-01-01") -> RNEDeputyRow {
        RNEDeputyRow(line: line, departmentCode: department, departmentName: "", constituency: number, lastName: last, firstName: first,
                     sex: "F", birthDate: born, mandateStart: "2024-07-08", profession: "")
    }

    @Test func reconciliationReportsEveryDifferenceBySeat() {
        let deputies: [String: Deputy] = [
            "PA1": Deputy(uid: "PA1", firstName: "Hélène", lastName: "Dupont"),
            "PA2": Deputy(uid: "PA2", firstName: "Jean", lastName: "Martin"),
            "PA3": Deputy(uid: "PA3", firstName: "Paul", lastName: "Durand"),           // the substitute (suppléant)
            "PA4": Deputy(uid: "PA4", firstName: "Anne", lastName: "Lucas-Lundy", birthDate: CalendarDate(iso: "1990-10-08")),
            "PA5": Deputy(uid: "PA5", firstName: "Marc", lastName: "Leroy"),
        ]
        let seats = [
            seat("PM1", "PA1", "59", 1, from: "2024-07-07"),
            seat("PM2", "PA2", "59", 2, from: "2024-07-07", to: "2024-10-21"),
            seat("PM3", "PA3", "59", 2, from: "2024-10-22"),
            seat("PM4", "PA4", "ZZ", 5, from: "2024-07-07"),
            seat("PM5", "PA5", "2A", 1, from: "2024-07-07"),
            // Another legislature: ignored.
            SeatMandate(uid: "PM0", deputyRef: "PA2", legislature: 16, departmentCode: "75", departmentName: nil, constituency: 3,
                        startDate: nil, endDate: CalendarDate(iso: "2024-06-09"), startCause: nil, endCause: nil),
        ]
        let register = [
            rne(2, "59", 1, "Hélène", "DUPONT"),                   // same name, capitals only → spelling differs (case)
            rne(3, "59", 2, "Jean", "MARTIN"),                     // the register kept the replaced deputy
            rne(4, "ZZ", 5, "Anne", "LUCAS", born: "1990-10-08"),  // name changed, same birth date
            rne(5, "75", 3, "Zoé", "Nulle"),                       // no such seat in legislature 17
        ]
        let entries = RegisterReconciliation.reconcile(register: register, seats: seats, deputies: deputies, legislature: 17)
        let byLine = Dictionary(uniqueKeysWithValues: entries.compactMap { e in e.registerLine.map { ($0, e) } })
        #expect(byLine[2]?.status == .matched)  // "hélène dupont" lower-cased equals: same name as written, case aside
        #expect(byLine[2]?.deputyRef == "PA1")
        #expect(byLine[3]?.status == .matched)
        #expect(byLine[3]?.deputyRef == "PA2")
        #expect(byLine[4]?.status == .spellingDiffers)
        #expect(byLine[4]?.deputyRef == "PA4")
        #expect(byLine[5]?.status == .unknownSeat)
        let missing = entries.filter { $0.status == .notInRegister }
        #expect(missing.map(\.deputyRef) == ["PA5"])
        #expect(missing.first?.departmentCode == "2A")
        #expect(entries.count == 5)
    }

    @Test func aRegisterNamingAnotherHolderIsReportedNotGuessed() {
        let deputies = ["PA3": Deputy(uid: "PA3", firstName: "Paul", lastName: "Durand")]
        let seats = [seat("PM3", "PA3", "59", 2, from: "2024-10-22")]
        let entries = RegisterReconciliation.reconcile(register: [rne(3, "59", 2, "Jean", "MARTIN")], seats: seats, deputies: deputies, legislature: 17)
        #expect(entries.count == 1)
        #expect(entries.first?.status == .holderDiffers)
        guard case .otherHolders(let register, _, let holders) = entries.first?.note else {
            Issue.record("expected the Assemblée's holders in the note, got \(String(describing: entries.first?.note))")
            return
        }
        #expect(register == "Jean MARTIN")
        #expect(holders.map(\.name) == ["Paul Durand"])
    }

    @Test func accentsAndWordOrderDoNotSeparateAPerson() {
        #expect(RegisterReconciliation.nameKey("Édouard BÉNARD") == RegisterReconciliation.nameKey("Edouard Bénard"))
        #expect(RegisterReconciliation.nameKey("Florence HEROUIN-LEAUTEY") == RegisterReconciliation.nameKey("Florence Herouin-Léautey"))
        #expect(RegisterReconciliation.nameKey("Jean Martin") != RegisterReconciliation.nameKey("Jeanne Martin"))
    }
}
