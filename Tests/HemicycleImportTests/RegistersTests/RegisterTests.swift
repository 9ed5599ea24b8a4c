import Foundation
import HemicycleCSV
import HemicycleImport
import HemicycleModel
import HemicycleTestSupport
import Testing

/// The register readers on small in-memory inputs: conversions and errors.
@Suite struct RegisterParsingTests {
    static let rneHeader = "Code du département;Libellé du département;Code de la collectivité à statut particulier;Libellé de la collectivité à statut particulier;Code de la circonscription législative;Libellé de la circonscription législative;Nom de l'élu;Prénom de l'élu;Code sexe;Date de naissance;Code de la catégorie socio-professionnelle;Libellé de la catégorie socio-professionnelle;Date de début du mandat\n"

    @Test func rneRowsKeepCodesAsText() throws {
        let csv = Self.rneHeader
            + "2A;Corse-du-Sud;;;2A02;2Ème Circonscription;COLOMBANI;Laurent;M;01/02/1975;33;Cadre;08/07/2024\n"
            + ";;ZX;Saint-Martin / Saint-Barthélémy;97701;1Ère Circonscription;GUMBS;Frantz;M;21/01/1954;74;Ancien cadre;08/07/2024\n"
        let deputies = try RNEDeputyRegister.read(CSVReader(string: csv, name: "rne.csv", dialect: CSVDialect(separator: .semicolon)))
        #expect(deputies.count == 2)
        #expect(deputies[0].departmentCode == "2A")
        #expect(deputies[0].constituency == ConstituencyID(departmentCode: "2A", number: 2))
        #expect(deputies[0].birthDate == CalendarDate(year: 1975, month: 2, day: 1))
        #expect(deputies[0].isSpecialStatusCollectivity == false)
        #expect(deputies[1].departmentCode == "ZX")
        #expect(deputies[1].departmentName == "Saint-Martin / Saint-Barthélémy")
        #expect(deputies[1].isSpecialStatusCollectivity)
        #expect(deputies[1].constituency.description == "977-1")
        #expect(deputies[1].line == 3)
    }

    @Test func rneBadDateNamesLineAndColumn() throws {
        let csv = Self.rneHeader + "01;Ain;;;0101;1Ère;X;Y;M;1962-11-25;33;Cadre;08/07/2024\n"
        let error = try #require(throws: CSVError.self) {
            _ = try RNEDeputyRegister.read(CSVReader(string: csv, name: "rne.csv", dialect: CSVDialect(separator: .semicolon)))
        }
        #expect(error.line == 2)
        #expect(error.column == 10)
        #expect(error.columnName == "Date de naissance")
        #expect(error.description.hasPrefix("rne.csv, line 2, column 10"))
    }

    @Test func rneMissingColumnIsReported() throws {
        let error = try #require(throws: CSVError.self) {
            _ = try RNEDeputyRegister.read(CSVReader(string: "Nom de l'élu;Code sexe\nX;M\n", dialect: CSVDialect(separator: .semicolon)))
        }
        guard case .missingColumns(let missing, let found) = error.reason else {
            Issue.record("expected missing columns, got \(error)")
            return
        }
        #expect(missing.count == 11)
        #expect(found == ["Nom de l'élu", "Code sexe"])
    }

    @Test func inseeCompositionSplitsCircoByDepartmentLength() throws {
        let csv = "\u{FEFF}DEP;libdep;REG;libreg;COMMUNE_RESID;LIBcom;circo;type_com\n"
            + "2A;Corse-du-Sud;94;Corse;2A004;Ajaccio;2A001;partiel\n"
            + "974;La Réunion;04;La Réunion;97411;Saint-Denis;97401;partiel\n"
            + "974;La Réunion;04;La Réunion;97411;Saint-Denis;97402;partiel\n"
            + "55;Meuse;44;Grand Est;55039;Beaumont-en-Verdunois;;\n"
        let table = try ConstituencyTable.readINSEEComposition(CSVReader(string: csv, dialect: CSVDialect(separator: .semicolon)))
        #expect(table.constituencies(ofCommune: "2A004").map(\.constituency.description) == ["2A-1"])
        #expect(table.constituencies(ofCommune: "97411").map(\.constituency.description) == ["974-1", "974-2"])
        #expect(table.skippedRowCount == 1)
        #expect(table.rowCount == 4)
    }

    @Test func inseeCompositionRejectsMalformedCirco() throws {
        let csv = "DEP;libdep;REG;libreg;COMMUNE_RESID;LIBcom;circo;type_com\n59;Nord;32;HdF;59350;Lille;59;partiel\n"
        let error = try #require(throws: CSVError.self) {
            _ = try ConstituencyTable.readINSEEComposition(CSVReader(string: csv, dialect: CSVDialect(separator: .semicolon)))
        }
        #expect(error.line == 2)
        #expect(error.columnName == "circo")
    }

    @Test func electionCodingIsConvertedToINSEE() throws {
        let csv = "CODE DPT;NOM DPT;CODE COMMUNE;NOM COMMUNE;CODE CIRC LEGISLATIVE;CODE CANTON;NOM CANTON\n"
            + "1;Ain;2;L'Abergement-de-Varey;5;1;Ambérieu-en-Bugey\n"
            + "ZA;Guadeloupe;101;Les Abymes;1;1;Les Abymes-1\n"
            + "ZA;Guadeloupe;101;Les Abymes;2;2;Les Abymes-2\n"
            + "ZM;Mayotte;501;Acoua;1;9;Mtsamboro\n"
            + "ZP;Polynésie;11;Anaa;1;1;x\n"
            + "ZX;Saint-Martin/Saint-Barthélemy;801;Saint-Martin;1;1;1er Canton\n"
            + "ZZ;Français établis hors de France;1;Abidjan;9;1;Canton fictif\n"
        let table = try ConstituencyTable.read2017Correspondence(CSVReader(string: csv, dialect: CSVDialect(separator: .semicolon)))
        #expect(table.constituencies(ofCommune: "01002") == [CommuneConstituency(constituency: ConstituencyID(departmentCode: "01", number: 5), coverage: .whole)])
        #expect(table.constituencies(ofCommune: "97101").map(\.constituency.description) == ["971-1", "971-2"])
        #expect(table.constituencies(ofCommune: "97101").allSatisfy { $0.coverage == .partial })
        #expect(table.constituencies(ofCommune: "97601").first?.constituency.description == "976-1")
        #expect(table.constituencies(ofCommune: "98711").first?.constituency.description == "987-1")
        #expect(table.constituencies(ofCommune: "97801").first?.constituency.description == "977-1")
        #expect(table.skippedRowCount == 1)
    }

    @Test func unknownTownGivesSuggestions() throws {
        let table = PostcodeTable(entries: [
            PostcodeEntry(inseeCode: "59350", communeName: "LILLE", postcode: "59000", deliveryLabel: "LILLE"),
            PostcodeEntry(inseeCode: "59350", communeName: "LILLE", postcode: "59160", deliveryLabel: "LILLE", locality: "LOMME"),
            PostcodeEntry(inseeCode: "01001", communeName: "L ABERGEMENT CLEMENCIAT", postcode: "01400", deliveryLabel: "L ABERGEMENT CLEMENCIAT"),
        ])
        #expect(try table.entries(forTownNamed: "L'Abergement-Clémenciat").map(\.inseeCode) == ["01001"])
        #expect(try table.entries(forTownNamed: "Lomme").map(\.postcode) == ["59160"])
        let error = try #require(throws: UnknownPlaceError.self) { _ = try table.entries(forTownNamed: "Lile") }
        #expect(error.suggestions == ["LILLE"])
        #expect(error.description == "unknown town \"Lile\"; did you mean \"LILLE\"?")
    }
}

/// The register readers on the real files of the shared data.
@Suite(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct RegisterSharedDataTests {
    @Test func rneRegisterHas574Deputies() throws {
        let deputies = try RNEDeputyRegister.read(from: SharedData.url("csv/elus-deputes-dep.csv"))
        #expect(deputies.count == 574)
        // 8 deputies of collectivities with special status (README).
        #expect(deputies.filter(\.isSpecialStatusCollectivity).count == 8)
        #expect(deputies.filter { $0.sex == .female }.count + deputies.filter { $0.sex == .male }.count == 574)
        let first = try #require(deputies.first)
        #expect(first.departmentCode == "01")
        #expect(first.lastName == "BRETON")
        #expect(first.birthDate == CalendarDate(year: 1962, month: 11, day: 25))
        #expect(first.mandateStartDate == CalendarDate(year: 2024, month: 7, day: 8))
        #expect(first.line == 2)
        #expect(deputies.contains { $0.departmentCode == "ZZ" && $0.constituency.departmentCode == "ZZ" })
        #expect(deputies.contains { $0.departmentCode == "2B" })
    }

    @Test func laPoste59000IsLille() throws {
        let table = try PostcodeTable.read(from: SharedData.url("csv/019HexaSmal.csv"))
        #expect(table.entries.count == 39_192)
        let lille = table.entries(forPostcode: "59000")
        #expect(lille.map(\.inseeCode) == ["59350"])
        #expect(lille.first?.communeName == "LILLE")
        // Lomme is a "ligne 5" locality of Lille, postcode 59160.
        #expect(table.entries(forINSEECode: "59350").contains { $0.locality == "LOMME" && $0.postcode == "59160" })
        #expect(try table.entries(forTownNamed: "L'Abergement-Clémenciat").first?.postcode == "01400")
        let error = try #require(throws: UnknownPlaceError.self) { _ = try table.entries(forTownNamed: "Lillle") }
        #expect(error.suggestions.first == "LILLE")
    }

    @Test func lilleAndParisConstituencies() throws {
        let table = try ConstituencyTable.readINSEEComposition(from: SharedData.url("geo/circo_composition.csv"))
        #expect(table.rowCount == 35_132)
        #expect(table.skippedRowCount == 6)
        #expect(table.constituenciesByCommune.count == 34_948 - 6)  // distinct communes, minus the 6 without circo
        let lille = table.constituencies(ofCommune: "59350")
        #expect(lille.map(\.constituency.description) == ["59-1", "59-2", "59-4", "59-9", "59-11"])
        #expect(lille.allSatisfy { $0.coverage == .partial })
        let paris = table.constituencies(ofCommune: "75056")
        #expect(paris.count == 18)
        #expect(paris.allSatisfy { $0.coverage == .partial })
        #expect(Set(paris.map(\.constituency.number)) == Set(1...18))
        #expect(table.constituencies(ofCommune: "13055").count == 7)
        #expect(table.constituencies(ofCommune: "69123").count == 4)
        #expect(table.constituencies(ofCommune: "01001") == [CommuneConstituency(constituency: ConstituencyID(departmentCode: "01", number: 4), coverage: .whole)])
        #expect(table.communeNames["01001"] == "L'Abergement-Clémenciat")
        // A commune of Loire-Atlantique (44) with a part in a Maine-et-Loire (49) constituency.
        #expect(table.constituencies(ofCommune: "44180").map(\.constituency.departmentCode).contains("49"))
        // 556 constituencies in the table (README).
        #expect(Set(table.constituenciesByCommune.values.joined().map(\.constituency)).count == 556)
    }

    @Test func table2017AgreesOnLilleAndCoversAll577() throws {
        let table = try ConstituencyTable.read2017Correspondence(from: SharedData.url("geo/Table_de_correspondance_circo_legislatives2017-1.csv"))
        #expect(table.constituencies(ofCommune: "59350").map(\.constituency.description) == ["59-1", "59-2", "59-4", "59-9", "59-11"])
        #expect(table.constituencies(ofCommune: "97101").first?.constituency.departmentCode == "971")
        // 577 constituencies, minus the 11 abroad (ZZ) and Wallis-and-Futuna's one, both skipped.
        #expect(Set(table.constituenciesByCommune.values.joined().map(\.constituency)).count == 577 - 11 - 1)
    }
}
