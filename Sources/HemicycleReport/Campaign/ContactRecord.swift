import Foundation
import HemicycleModel

/// A deputy as a mail-merge row needs them: civility, names, seat, group and every contact
/// channel of the Assemblée's record. ``ContactColumns`` lays records out one value per cell;
/// `hemicycle export contacts` and the CSV of `representatives` use it.
public struct ContactRecord: Sendable, Hashable {
    /// The person (`PA…`), with their contacts.
    public var deputy: Deputy
    /// The seat, when known.
    public var seat: SeatMandate?
    /// The political group, when known.
    public var group: GroupMembership?

    /// A record of `deputy` in `seat` and `group`.
    public init(deputy: Deputy, seat: SeatMandate?, group: GroupMembership?) {
        self.deputy = deputy
        self.seat = seat
        self.group = group
    }

    /// Each deputy's latest seat among `mandates`, by deputy id: the latest start wins, an
    /// unknown start counts as the earliest.
    public static func latestSeats(_ mandates: [SeatMandate]) -> [String: SeatMandate] {
        var latest: [String: SeatMandate] = [:]
        for seat in mandates {
            if let known = latest[seat.deputyRef], let knownStart = known.startDate, seat.startDate.map({ $0 <= knownStart }) ?? true { continue }
            latest[seat.deputyRef] = seat
        }
        return latest
    }

    /// The contact list of a legislature: the holder of each seat at the end of the data (the
    /// sitting deputies: open mandates, a seat with several decided by ``SeatOccupancy``, ties
    /// kept), or, when no seat of the legislature is still open (a legislature that has ended),
    /// every deputy who held a seat, with their latest one; ordered by seat, then name.
    ///
    /// - Parameters:
    ///   - occupancy: the seat mandates (of every legislature: those of `legislature` are kept).
    ///   - latestDay: the last ballot's day, which decides between several open mandates.
    ///   - deputies: the persons with their contacts, by uid (a seat whose person is missing is left out).
    ///   - groups: each deputy's group, by uid.
    public static func directory(legislature: Int, occupancy: SeatOccupancy, latestDay: CalendarDate?, deputies: [String: Deputy],
                                 groups: [String: GroupMembership]) -> [ContactRecord] {
        let seats = occupancy.mandates.filter { $0.legislature == legislature }
        var kept: [SeatMandate] = []
        if seats.contains(where: { $0.endDate == nil }) {
            for label in Set(seats.map(\.constituencyLabel)) {
                kept += occupancy.holders(seat: label, on: nil, latestDay: latestDay).holders.filter { $0.legislature == legislature }
            }
        } else {
            kept = Array(latestSeats(seats).values)
        }
        return kept.compactMap { seat in deputies[seat.deputyRef].map { ContactRecord(deputy: $0, seat: seat, group: groups[seat.deputyRef]) } }
            .sorted { a, b in
                let sa = a.seat.map { ($0.departmentCode, $0.constituency) } ?? ("", 0), sb = b.seat.map { ($0.departmentCode, $0.constituency) } ?? ("", 0)
                if sa != sb { return sa < sb }
                return (a.deputy.lastName, a.deputy.firstName, a.deputy.uid) < (b.deputy.lastName, b.deputy.firstName, b.deputy.uid)
            }
    }

    /// The record's contact values by column key (``ContactField``), in the record's order; an
    /// e-mail cell that holds several addresses is split into one value each.
    public var contactValues: [(key: String, value: String)] {
        var out: [(key: String, value: String)] = []
        var officialTaken = false
        for contact in deputy.contacts {
            let field = ContactField.of(contact)
            let values = field.isEmail ? ContactField.emailAddresses(in: contact.value) : [contact.value.trimmingCharacters(in: .whitespacesAndNewlines)]
            for value in values where !value.isEmpty {
                if field.isEmail, !officialTaken, ContactField.isAssembleeAddress(value) {
                    officialTaken = true
                    out.append((ContactField.emailAssemblee.key, value))
                } else {
                    out.append((field.isEmail ? ContactField.emailOther.key : field.key, value))
                }
            }
        }
        return out
    }
}
