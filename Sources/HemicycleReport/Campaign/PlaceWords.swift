/// A place as the store words it (`postcode 59000`, `town "Lille", constituency 1`, `everywhere`),
/// in French for a document's title: the JSON keeps the store's words.
enum PlaceWords {
    /// The store's English words of a place, in French (`code postal 59000`, `commune « Lille »,
    /// circonscription 1`); text it does not recognise is kept as it is.
    static func french(_ english: String) -> String {
        var text = english
        let prefixes = [("postcode ", "code postal "), ("town ", "commune "), ("department ", "département "), ("INSEE ", "code INSEE ")]
        for (from, to) in prefixes where text.hasPrefix(from) {
            text = to + text.dropFirst(from.count)
            break
        }
        if text == "everywhere" { text = "partout" }
        return text.replacingOccurrences(of: ", constituency ", with: ", circonscription ")
    }
}
