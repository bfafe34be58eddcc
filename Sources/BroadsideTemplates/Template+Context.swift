extension Template {
    /// The context stack: the data, then each value a section pushed, innermost on top.
    ///
    /// An immutable value: pushing makes a new stack that shares the old one, so rendering keeps
    /// no hidden state and a template renders from many tasks at once.
    struct Context: Sendable {
        private final class Frame: Sendable {
            let value: TemplateValue
            let below: Frame?

            init(_ value: TemplateValue, below: Frame?) {
                self.value = value
                self.below = below
            }
        }

        private let top: Frame

        init(_ data: TemplateValue) {
            top = Frame(data, below: nil)
        }

        private init(top: Frame) {
            self.top = top
        }

        /// The stack with `value` on top.
        func pushing(_ value: TemplateValue) -> Context {
            Context(top: Frame(value, below: top))
        }

        /// Resolves `name` as the spec says: the first key in the innermost object that has it,
        /// each further key only inside the value found; `.null` when anything is missing.
        func lookup(_ name: Name) -> TemplateValue {
            value(of: name) ?? .null
        }

        /// Resolves `name` like ``lookup(_:)``, but nil when anything is missing, which a value
        /// that is `null` is not.
        func value(of name: Name) -> TemplateValue? {
            switch name {
            case .implicit:
                return top.value
            case .key(let key):
                return find(key)
            case .path(let first, let rest):
                guard var value = find(first) else { return nil }
                for key in rest {
                    guard case .object(let members) = value, let member = members[key] else { return nil }
                    value = member
                }
                return value
            }
        }

        private func find(_ key: String) -> TemplateValue? {
            var frame: Frame? = top
            while let current = frame {
                if case .object(let members) = current.value, let value = members[key] {
                    return value
                }
                frame = current.below
            }
            return nil
        }
    }
}
