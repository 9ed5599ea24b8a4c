import Foundation

/// Reads what an amendment does from its operative text (*dispositif*, as plain text, see
/// `HTMLText.plainText`), and applies the result to a text.
///
/// The dispositif is written in the fixed forms of French legislative drafting:
///
/// - words quoted in « … »: "les mots : « X » sont remplacés par les mots : « Y »",
///   "À l'alinéa 5, substituer aux mots : « X » les mots : « Y »";
/// - a header that names the text, followed by numbered items (I., 1°, a)) that each inherit
///   it: "L'article 10 de la loi n° 2023-380 du 19 mai 2023 … est ainsi modifié : 1° À la
///   première phrase du I, la date : « X » est remplacée par la date : « Y » ;";
/// - whole-unit changes: "Supprimer cet article.", "Rédiger ainsi cet article : « … »",
///   "Après l'alinéa 2, insérer l'alinéa suivant : « … »", "Compléter cet alinéa par … ".
///
/// Instructions that fit none of the known forms are kept, as written, in
/// ``DispositifParse/leftover``: nothing is guessed.
public enum AmendmentOperations {
    /// Parses a dispositif (plain text, one alinéa a line).
    ///
    /// - Parameter insertsArticle: whether the amendment inserts a new article (*article
    ///   additionnel*, `Amendment.target.isAdditionalArticle`). Its dispositif is then often the
    ///   new article's own text, with no drafting instruction: when nothing else is understood,
    ///   the whole text is read as one ``AmendmentEdit/addArticle(text:)``.
    public static func parse(_ dispositif: String, insertsArticle: Bool = false) -> DispositifParse {
        let parse = parseInstructions(dispositif)
        let text = dispositif.trimmingCharacters(in: .whitespacesAndNewlines)
        if insertsArticle, parse.operations.isEmpty, !text.isEmpty {
            return DispositifParse(operations: [AmendmentOperation(target: EditTarget(), edit: .addArticle(text: text), source: text)], leftover: [])
        }
        return parse
    }

    static func parseInstructions(_ dispositif: String) -> DispositifParse {
        var operations: [AmendmentOperation] = []
        var leftover: [String] = []
        // Headers in force, by nesting level of their marker (I. = 1, 1° = 2, a) = 3).
        var context: [Int: EditTarget] = [:]
        var previous = EditTarget()
        // Headers not yet followed by an instruction: a header that announces changes and is
        // followed by none (a truncated dispositif) is accounted for as a leftover, not dropped.
        var pendingHeaders: [String] = []
        for instruction in DispositifInstruction.split(dispositif) {
            let skeleton = instruction.skeleton
            let header = isHeader(skeleton)
            // An unnumbered header ("Le code … est ainsi modifié :") is the root of what follows.
            let level = header && instruction.level == DispositifInstruction.unnumberedLevel ? 0 : instruction.level
            context = context.filter { $0.key < level }
            let inherited = context.keys.sorted().reduce(EditTarget()) { $0.refined(by: context[$1] ?? EditTarget()) }
            var local = locate(in: skeleton, previous: previous)
            let target = inherited.refined(by: local)
            if header {
                context[level] = local
                previous = target
                pendingHeaders.append(instruction.source)
                continue
            }
            pendingHeaders.removeAll()
            // "En conséquence, procéder à la même substitution aux alinéas 4 et 5": the previous
            // edit again, once for each alinéa or range named.
            if DraftingText.firstMatch(#"procéder (?:à|aux) (?:la|les) mêmes? (?:substitutions?|suppressions?|insertions?|modifications?)"#, in: skeleton) != nil,
               let last = operations.last {
                let ranges = alineaRanges(in: skeleton)
                let targets = ranges.isEmpty ? [target] : ranges.map { range -> EditTarget in
                    var copy = target
                    copy.alineas = range
                    return copy
                }
                for each in targets {
                    operations.append(AmendmentOperation(target: each, edit: last.edit, source: instruction.source))
                }
                previous = targets.last ?? target
                continue
            }
            guard let edit = edit(in: skeleton, quotes: instruction.quotes, target: &local) else {
                leftover.append(instruction.source)
                continue
            }
            let finalTarget = inherited.refined(by: local)
            operations.append(AmendmentOperation(target: finalTarget, edit: edit, source: instruction.source))
            previous = finalTarget
        }
        return DispositifParse(operations: operations, leftover: leftover + pendingHeaders)
    }

    /// Whether the instruction only names the text that the next items change
    /// ("… est ainsi modifié :").
    static func isHeader(_ skeleton: String) -> Bool {
        DraftingText.firstMatch(#"ainsi (modifiée?s?|rédigée?s?) ?:?\s*$"#, in: skeleton) != nil
            && !skeleton.contains("⟨")
            || DraftingText.firstMatch(#"(est|sont) ainsi modifiée?s?"#, in: skeleton) != nil && !skeleton.contains("⟨")
    }

    // MARK: - Locators

    /// Every alinéa or range of alinéas in a list ("aux alinéas 7 à 17, 21 et 22, 28 à 30").
    static func alineaRanges(in skeleton: String) -> [ClosedRange<Int>] {
        guard let listStart = skeleton.range(of: "alinéa") else { return [] }
        let list = skeleton[listStart.upperBound...]
        var ranges: [ClosedRange<Int>] = []
        var pendingStart: Int?
        var sawTo = false
        for token in list.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == ";" }) {
            if let number = Int(token) {
                if sawTo, let start = pendingStart {
                    ranges.append(start...max(start, number))
                    pendingStart = nil
                } else {
                    if let start = pendingStart { ranges.append(start...start) }
                    pendingStart = number
                }
                sawTo = false
            } else if token == "à" {
                sawTo = true
            } else if token != "et" && token != "s" {
                break
            }
        }
        if let start = pendingStart { ranges.append(start...start) }
        return ranges
    }

    /// Reads the place an instruction points at: law, article, part, item, alinéa, sentence.
    /// "même alinéa", "cet alinéa", "dudit alinéa" take the alinéa of the previous instruction.
    static func locate(in skeleton: String, previous: EditTarget) -> EditTarget {
        var target = EditTarget()
        let month = #"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)"#
        if let m = DraftingText.firstMatch(#"\b((?:loi(?: organique)?|ordonnance|décret) (?:n° ?[0-9]+-[0-9]+ )?du [0-9]{1,2}(?:er)? "# + month + #" [0-9]{4})"#, in: skeleton) {
            target.law = m[1]
        } else if let m = DraftingText.firstMatch(#"\b(code (?:de la |de l'|des |du |de )?[a-zéèêàâçîôû' -]+?)(?=,| est\b| sont\b| :|\.|;|$| après\b| avant\b| il\b| dans\b| au\b| à\b)"#, in: skeleton) {
            target.law = m[1]
        }
        if let m = DraftingText.firstMatch(#"\barticles? ((?:[LRDA]\. ?\*?)?[0-9]+(?:-[0-9]+)*(?: (?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\b)?(?: [A-Z]\b)?)"#, in: skeleton), let article = m[1] {
            target.article = article
        } else if DraftingText.firstMatch(#"\barticle (premier|1er)\b"#, in: skeleton) != nil {
            target.article = "1er"
        }
        if let m = DraftingText.firstMatch(#"\b(?:du|au|le|aux|des) ((?-i:[IVXL]+))(?=[ ,.;:]|$)"#, in: skeleton) {
            target.part = m[1]
        }
        if let m = DraftingText.firstMatch(#"\b(?:du|au|le|aux|des) ([0-9]+° ?(?:bis|ter|quater)?)"#, in: skeleton), let item = m[1] {
            target.items.append(item.replacingOccurrences(of: " ", with: ""))
        }
        if let m = DraftingText.firstMatch(#"\b(?:du|au|le) ([a-z]\))"#, in: skeleton), let item = m[1] {
            target.items.append(item)
        }
        if let m = DraftingText.firstMatch(#"\balinéas? ([0-9]+)(?: (?:à|et) ([0-9]+))?"#, in: skeleton), let first = m[1].flatMap({ Int($0) }) {
            let last = m[2].flatMap { Int($0) } ?? first
            target.alineas = first...max(first, last)
        } else if let m = DraftingText.firstMatch(#"\b(premier|deuxième|second|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|avant-dernier|dernier) alinéa"#, in: skeleton), let word = m[1] {
            target.alineaOrdinal = DraftingText.ordinal(word)
        } else if DraftingText.firstMatch(#"\b(même|cet|ledit|dudit|ce même) alinéa"#, in: skeleton) != nil {
            target.alineas = previous.alineas
            target.alineaOrdinal = previous.alineaOrdinal
        }
        if let m = DraftingText.firstMatch(#"\b(première|deuxième|seconde|troisième|quatrième|cinquième|sixième|septième|avant-dernière|dernière) phrase"#, in: skeleton), let word = m[1] {
            target.sentence = DraftingText.ordinal(word)
        } else if DraftingText.firstMatch(#"\b(même|cette) phrase"#, in: skeleton) != nil {
            target.sentence = previous.sentence
        }
        if let m = DraftingText.firstMatch(#"\b(première|deuxième|seconde|troisième|quatrième|cinquième|avant-dernière|dernière) occurrence"#, in: skeleton), let word = m[1] {
            target.occurrence = DraftingText.ordinal(word)
        }
        return target
    }

    // MARK: - Edits

    /// What the instruction does, from its skeleton (quotes replaced by `⟨n⟩`). May refine the
    /// target (a deleted unit, a rewritten unit).
    static func edit(in skeleton: String, quotes: [String], target: inout EditTarget) -> AmendmentEdit? {
        func quote(_ index: String?) -> String? {
            guard let index, let n = Int(index), quotes.indices.contains(n) else { return nil }
            return quotes[n]
        }
        let q = #"⟨([0-9]+)⟩"#
        let noun = #"(?:mots?|dates?|références?|chiffres?|nombres?|montants?|taux|années?|signes?|lettres?|expressions?|termes?|montant|pourcentages?|durées?)"#
        // "les mots", "la date", or "la première occurrence du mot".
        let det = #"(?:(?:à )?la [a-zéè-]+ occurrences? (?:du |de la |de l'|des )|les |le |la |l')"#
        let colon = #"(?: ?:)? ?"#

        // Supprimer cet article. / L'article X est abrogé.
        if DraftingText.firstMatch(#"^supprimer (cet|l') ?article(?: [^⟨]*)?\.?$"#, in: skeleton) != nil, target.alineas == nil, target.sentence == nil {
            return .deleteArticle
        }
        // Replacement, "substituer" form.
        if let m = DraftingText.firstMatch(#"substituer (?:aux |au |à la |à l')(?:[a-zéè-]+ occurrences? (?:du |de la |de l'|des ))?"# + noun + colon + q + #",? "# + det + "?" + noun + colon + q, in: skeleton),
           let old = quote(m[1]), let new = quote(m[2]) {
            return .replace(old: old, new: new)
        }
        // Replacement, "sont remplacés par" form.
        if let m = DraftingText.firstMatch(det + "?" + noun + colon + q + #",? (?:sont|est) remplacée?s? par "# + det + "?" + noun + colon + q, in: skeleton),
           let old = quote(m[1]), let new = quote(m[2]) {
            return .replace(old: old, new: new)
        }
        // Substituer aux alinéas 3 à 5 l'alinéa suivant : « … » — a rewrite of those alinéas.
        if let m = DraftingText.firstMatch(#"substituer (?:aux alinéas|à l'alinéa|au [a-zéè-]+ alinéa)[^⟨]*?(?:suivants?|rédigés?|rédigée?s?) ?: ?"# + q, in: skeleton), let text = quote(m[1]) {
            return .rewrite(unit: .alinea, newText: text)
        }
        // "après le mot : « X », supprimer la fin" / "rédiger ainsi la fin de … : « Y »".
        if let m = DraftingText.firstMatch(#"\baprès "# + det + "?" + noun + colon + q + #",? supprimer la fin\b"#, in: skeleton), let anchor = quote(m[1]) {
            return .rewriteEnd(after: anchor, newText: "")
        }
        if let m = DraftingText.firstMatch(#"\baprès "# + det + "?" + noun + colon + q + #",? rédiger ainsi la fin\b[^⟨]*?: ?"# + q, in: skeleton), let anchor = quote(m[1]), let text = quote(m[2]) {
            return .rewriteEnd(after: anchor, newText: text)
        }
        // Insertion after or before words.
        if let m = DraftingText.firstMatch(#"\b(après|avant) "# + det + "?" + noun + colon + q + #",? (?:insérer|ajouter|il est inséré|sont insérée?s|est insérée?|sont ajoutée?s|est ajoutée?)[^⟨]*?"# + colon + q, in: skeleton),
           let anchor = quote(m[2]), let text = quote(m[3]) {
            return .insert(text: text, position: m[1]?.lowercased() == "avant" ? .before(anchor) : .after(anchor))
        }
        // Deletion of words.
        if let m = DraftingText.firstMatch(#"supprimer "# + det + "?" + noun + colon + q, in: skeleton), let text = quote(m[1]) {
            return .delete(text: text)
        }
        if let m = DraftingText.firstMatch(det + "?" + noun + colon + q + #",? (?:sont|est) supprimée?s?"#, in: skeleton), let text = quote(m[1]) {
            return .delete(text: text)
        }
        // A new article.
        if let m = DraftingText.firstMatch(#"\b(?:insérer|inséré|insérés|ajouter|ajouté|rétabli|rétablir) (?:un |une |l'|les |des |deux |trois |quatre )?(?:articles?|divisions?|chapitres?)\b[^⟨]*?(?:ainsi rédigée?s?|suivante?s?) ?: ?"# + q, in: skeleton), let text = quote(m[1]),
           DraftingText.firstMatch(#"^rétablir (cet|l') ?article"#, in: skeleton) == nil {
            return .addArticle(text: text)
        }
        // New alinéas or sentences after or before a unit ("Après l'alinéa 2, insérer …",
        // "Après la première phrase, est insérée une phrase ainsi rédigée : …").
        if let m = DraftingText.firstMatch(#"^(après|avant) ([^⟨]*?),? (?:insérer|il est inséré|est insérée?|sont insérée?s|ajouter|il est ajouté|est ajoutée?|sont ajoutée?s)\b[^⟨]*?: ?"# + q, in: skeleton),
           let text = quote(m[3]), let place = m[2], !place.contains("mot"), !place.contains("référence") {
            let before = m[1]?.lowercased() == "avant"
            if target.sentence == nil, let alineas = target.alineas, target.items.isEmpty, target.part == nil {
                target.alineas = nil
                return .insert(text: text, position: before ? .beforeAlinea(alineas.lowerBound) : .afterAlinea(alineas.upperBound))
            }
            if target.sentence == nil, target.alineas == nil, target.alineaOrdinal == nil, let m2 = DraftingText.firstMatch(#"\b(premier|deuxième|troisième|quatrième|cinquième|sixième) alinéa"#, in: place), let word = m2[1], case .number(let n)? = DraftingText.ordinal(word) {
                return .insert(text: text, position: before ? .beforeAlinea(n) : .afterAlinea(n))
            }
            return .insert(text: text, position: before ? .beforeTarget : .afterTarget)
        }
        // "Est ajouté un alinéa ainsi rédigé : …", "Il est ajouté une phrase ainsi rédigée : …".
        if let m = DraftingText.firstMatch(#"^(?:il )?(?:est|sont) (?:ajoutée?s?|insérée?s?) (?:un|une|deux|trois|quatre|cinq|les?|des) [^⟨]*?(?:ainsi rédigée?s?|suivante?s?) ?: ?"# + q, in: skeleton), let text = quote(m[1]) {
            return .insert(text: text, position: .atEnd)
        }
        // Completion ("Compléter … par …", "… est complété par …").
        if let m = DraftingText.firstMatch(#"(?:^|\b)(?:compléter|compéter|(?:est|sont) complétée?s?)\b[^⟨]*? par [^⟨]*?: ?"# + q, in: skeleton), let text = quote(m[1]) {
            return .insert(text: text, position: .atEnd)
        }
        // At the start ("Au début de …, insérer / ajouter …").
        if let m = DraftingText.firstMatch(#"^au début\b[^⟨]*?(?:insérer|ajouter|insérée?s?|ajoutée?s?)\b[^⟨]*?: ?"# + q, in: skeleton), let text = quote(m[1]) {
            return .insert(text: text, position: .atStart)
        }
        // Rewrites ("Rédiger ainsi …", "Rétablir … dans la rédaction suivante", "… est ainsi rédigé").
        if let m = DraftingText.firstMatch(#"\b(?:rédiger ainsi|rétablir)\b([^⟨]*?)(?:dans la rédaction suivante)? ?: ?"# + q, in: skeleton), let text = quote(m[2]) {
            return .rewrite(unit: unit(named: m[1] ?? "", target: target), newText: text)
        }
        if let m = DraftingText.firstMatch(#"^([^⟨]*?) (?:est|sont) ainsi rédigée?s? ?: ?"# + q, in: skeleton), let text = quote(m[2]) {
            return .rewrite(unit: unit(named: m[1] ?? "", target: target), newText: text)
        }
        // Deletion of whole units.
        if DraftingText.firstMatch(#"^supprimer (?:l'alinéa|les alinéas|le [a-zéè-]+ alinéa|la [a-zéè-]+ phrase|les [a-zéè-]+ phrases|cette phrase|le [0-9]+°|le [IVXL]+\b)[^⟨]*$"#, in: skeleton) != nil
            || DraftingText.firstMatch(#"^[^⟨]*(?:phrases?|alinéas?|[0-9]+°|\b[IVXL]+) (?:est|sont) (?:supprimée?s?|abrogée?s?)\.?\s*;?$"#, in: skeleton) != nil {
            return .deleteUnit(deletedUnit(skeleton: skeleton, target: target))
        }
        if DraftingText.firstMatch(#"^l'article [^⟨]* est abrogé"#, in: skeleton) != nil {
            return .deleteArticle
        }
        return nil
    }

    /// The unit a rewrite names ("cet article", "l'alinéa 3", "la dernière phrase", "le titre").
    static func unit(named words: String, target: EditTarget) -> TextUnit {
        let lower = words.lowercased()
        if lower.contains("phrase") { return .sentence }
        if lower.contains("alinéa") { return .alinea }
        if lower.contains("titre") || lower.contains("intitulé") || lower.contains("chapitre") { return .heading }
        if lower.contains("article") { return .article }
        if lower.contains("°") || lower.range(of: #"\b[a-z]\)"#, options: .regularExpression) != nil { return .item }
        if target.sentence != nil { return .sentence }
        if target.alineas != nil || target.alineaOrdinal != nil { return .alinea }
        if !target.items.isEmpty { return .item }
        if target.part != nil { return .part }
        return .article
    }

    /// The kind of unit a deletion removes: the narrowest the target names.
    static func deletedUnit(skeleton: String, target: EditTarget) -> TextUnit {
        if target.sentence != nil || skeleton.lowercased().contains("phrase") { return .sentence }
        if target.alineas != nil || target.alineaOrdinal != nil { return .alinea }
        if !target.items.isEmpty { return .item }
        if target.part != nil { return .part }
        return .alinea
    }
}
