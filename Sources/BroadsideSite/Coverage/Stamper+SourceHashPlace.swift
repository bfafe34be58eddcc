extension Stamper {
    /// Where the stamp goes in a front matter's YAML, found on libyaml's events: positions count
    /// Unicode scalars of the YAML text.
    enum SourceHashPlace: Equatable {
        /// The top-level `sourceHash` value spans `range`, written in `style`.
        case value(Range<Int>, style: YAMLEventReader.Event.ScalarStyle)
        /// No `sourceHash` in a flow mapping: an entry goes before its `}` at this position.
        case flowEntry(before: Int)
        /// No `sourceHash` in a block mapping (or no YAML): a line with this indentation goes at the end.
        case lastLine(indentation: Int)
        /// No `sourceHash` in a block mapping that ends in a block scalar (`|`, `>`), whose last
        /// line break a line after it would change: a line goes before the first key, at `index`.
        case firstLine(index: Int, indentation: Int)

        /// Finds the place in `yaml`, the front matter of the file at `path`.
        ///
        /// - Throws: when the top-level `sourceHash` is not a single value that can change alone.
        init(in yaml: String, path: String) throws(Diagnostic) {
            let reader = YAMLEventReader(yaml, path: path, firstLine: 2)
            var place = SourceHashPlace.lastLine(indentation: 0)
            var found = false
            var depth = 0
            var rootIsFlow = false
            var root = YAMLEventReader.Mark(index: 0, line: 0, column: 0)
            /// Nodes completed in the top-level mapping: keys at even counts, values at odd.
            var nodes = 0
            var afterSourceHashKey = false
            /// Whether the YAML ends in a block scalar (`|`, `>`), at any depth.
            var endsInBlockScalar = false

            func refuse(_ event: YAMLEventReader.Event, _ what: String) -> Diagnostic {
                Diagnostic(at: reader.location(of: event.start),
                           "sourceHash is \(what), which stamp does not rewrite; the file was left as it is",
                           hint: "write it as a single value, such as `sourceHash: 0123456789ab`")
            }
            /// A scalar or alias in the top-level mapping, or a list or mapping starting there.
            func topLevel(_ event: YAMLEventReader.Event) throws(Diagnostic) {
                defer { nodes += 1 }
                guard nodes % 2 == 1 else {
                    if case .scalar("sourceHash", _) = event.kind { afterSourceHashKey = true } else { afterSourceHashKey = false }
                    return
                }
                guard afterSourceHashKey else { return }
                guard case let .scalar(_, style) = event.kind else {
                    let what = if case .alias = event.kind { "an alias" } else { "a list or mapping" }
                    throw refuse(event, what)
                }
                guard event.anchor == nil, !event.hasTag else { throw refuse(event, "a value with an anchor or tag") }
                place = .value(event.start.index..<event.end.index, style: style)
                found = true
            }

            while let event = try reader.next() {
                switch event.kind {
                case let .mappingStart(flow) where depth == 0:
                    rootIsFlow = flow
                    root = event.start
                    depth = 1
                case .sequenceStart, .mappingStart:
                    if depth == 1 { try topLevel(event) }
                    depth += 1
                case .mappingEnd where depth == 1:
                    depth = 0
                    guard !found else { continue }
                    place = rootIsFlow ? .flowEntry(before: event.start.index)
                        : endsInBlockScalar ? .firstLine(index: root.index, indentation: root.column)
                        : .lastLine(indentation: root.column)
                case .sequenceEnd, .mappingEnd:
                    depth -= 1
                // Anything but a mapping at the top leaves `.lastLine`, which the stamper's re-reading refuses.
                case .scalar, .alias:
                    if case let .scalar(_, style) = event.kind { endsInBlockScalar = style == .literal || style == .folded }
                    if depth == 1 { try topLevel(event) }
                case .other, .streamEnd:
                    continue
                }
            }
            self = place
        }
    }
}
