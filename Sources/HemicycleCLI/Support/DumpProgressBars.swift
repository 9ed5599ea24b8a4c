import Foundation

/// One progress bar per dump of an import, drawn as ``HemicycleIngest/ImportPipeline`` reports
/// its entries: a dump's bar is ended when the next dump starts, the last one by ``finish()``.
struct DumpProgressBars {
    private var current: (path: String, bar: ProgressBar)?

    /// Draws `done` of `total` entries of the dump at `path`.
    mutating func update(path: String, done: Int, total: Int?) {
        if current?.path != path {
            current?.bar.finish()
            current = (path, ProgressBar(label: "Importing \((path as NSString).lastPathComponent)"))
        }
        current?.bar.update(done: done, total: total)
    }

    /// Ends the last bar's line.
    func finish() { current?.bar.finish() }
}
