import ArgumentParser

/// `--legislature 16|17|all`: one legislature, or every legislature of the store.
///
/// Commands that leave it out work on the latest legislature, except `deputy`, whose career spans
/// every legislature. Figures over `all` never merge two legislatures' groups: group ids differ
/// from one legislature to the next, and tables label each group with its legislature.
enum LegislatureOption: Hashable, ExpressibleByArgument {
    /// One legislature (`16`).
    case only(Int)
    /// Every legislature in the store.
    case all

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        if text == "all" {
            self = .all
        } else if let number = Int(text), (1...99).contains(number) {
            self = .only(number)
        } else {
            return nil
        }
    }

    /// The legislature's number, nil for `all`.
    var number: Int? {
        if case .only(let number) = self { return number }
        return nil
    }
}
