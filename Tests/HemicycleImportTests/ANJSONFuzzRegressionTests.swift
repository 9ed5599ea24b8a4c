import Foundation
import HemicycleImport
import HemicycleTestSupport
import Testing

/// AN JSON files that crashed the decoder under the libFuzzer target `FuzzANJSON`
/// (`Tests/HemicycleImportTests/Fixtures/fuzz/FuzzANJSON/`): each must be refused with an
/// ``ImportError`` naming the file.
@Suite("AN JSON fuzzing regressions")
struct ANJSONFuzzRegressionTests {
    /// `invalid-utf8-key-recursion.json`: a ballot whose member name `nombreMembresGroupe` holds
    /// invalid UTF-8. Building the error's JSON path read the member names, reading that name
    /// threw an error whose path read the names again… until the stack overflowed (SIGSEGV in
    /// `JSONValueError.init` → `JSONValue.path` → `members` → `string()`; fixed in 333978a).
    @Test
    func invalidUTF8InAMemberNameIsRefused() throws {
        let path = SharedData.fixture("fuzz/FuzzANJSON/invalid-utf8-key-recursion.json").path
        #expect {
            try ANDumpReader(path: path).read { _ in }
        } throws: { error in
            (error as? ImportError)?.description.hasPrefix(path) == true
        }
    }
}
