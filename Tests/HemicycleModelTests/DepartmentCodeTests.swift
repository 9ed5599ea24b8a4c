import HemicycleModel
import Testing

/// Department codes from every source meet in one form (``DepartmentCode``).
@Suite("Department codes")
struct DepartmentCodeTests {
    @Test func departmentCodesFromEverySourceMeetInOneForm() {
        // Pairs written by hand from the sources' conventions (AN, RNE, INSEE, election coding).
        let cases: [(String, String)] = [
            ("78", "78"), ("078", "78"), ("1", "01"), ("01", "01"), ("001", "01"), ("2A", "2A"), ("02a", "2A"), ("2B", "2B"),
            ("971", "971"), ("ZA", "971"), ("ZD", "974"), ("977", "977"), ("978", "977"), ("ZX", "977"), ("988", "988"),
            ("099", "ZZ"), ("99", "ZZ"), ("ZZ", "ZZ"), ("zz", "ZZ"), (" 59 ", "59"), ("96", "96"), ("XYZ", "XYZ"),
        ]
        for (input, expected) in cases {
            #expect(DepartmentCode.normalized(input) == expected, "\(input)")
        }
    }
}
