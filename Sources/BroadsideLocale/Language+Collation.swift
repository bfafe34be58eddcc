import ICUShim

extension Language {
    /// Whether `a` sorts before `b` in this language.
    public func compare(_ a: String, _ b: String) -> Bool {
        service(.collator).use { collator in
            bs_collator_compare(collator, a, Int32(a.utf8.count), b, Int32(b.utf8.count)) < 0
        }
    }

    /// Strings (titles, tags) in this language's collation order; equal strings keep their order.
    public func sorted(_ strings: [String]) -> [String] {
        let keys = service(.collator).use { collator in
            strings.map { text in
                ShimBuffer.bytes(reserve: 0) {
                    bs_collator_sort_key(collator, text, Int32(text.utf8.count), $0, $1)
                }
            }
        }
        return strings.indices
            .sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) || (keys[$0] == keys[$1] && $0 < $1) }
            .map { strings[$0] }
    }
}
