import BroadsideLocale

/// A `--languages` option's value: comma-separated BCP 47 tags (`ar,fr,zh-Hant`).
enum LanguageList {
    /// The distinct tags of a comma-separated list, in order; an empty item is an invalid tag.
    static func tags(in list: String) throws(LocaleError) -> [LanguageTag] {
        var tags: [LanguageTag] = []
        for item in list.split(separator: ",", omittingEmptySubsequences: false) {
            let tag = try LanguageTag(item.trimmingCharacters(in: .whitespaces))
            if !tags.contains(tag) { tags.append(tag) }
        }
        return tags
    }
}
