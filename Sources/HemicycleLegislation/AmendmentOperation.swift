/// One understood instruction: an edit and where it applies.
public struct AmendmentOperation: Hashable, Sendable {
    /// Where the edit applies.
    public var target: EditTarget
    /// What the edit does.
    public var edit: AmendmentEdit
    /// The instruction as written (plain text), for display.
    public var source: String

    /// Creates a value from its parts (see the properties for their meaning).
    public init(target: EditTarget, edit: AmendmentEdit, source: String = "") {
        self.target = target
        self.edit = edit
        self.source = source
    }
}
