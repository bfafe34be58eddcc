/// The fuzzing harnesses, by the name `scripts/fuzz` and `BROADSIDE_FUZZ_TARGET` use. Each takes
/// any bytes and must never trap on them: a thrown error is a legitimate rejection. To add one,
/// write `Fuzz/<Name>Fuzzing.swift` and add its line here.
enum FuzzTarget {
    static let harnesses: [String: @Sendable ([UInt8]) -> Void] = [
        "template-parser": TemplateParserFuzzing.run,
        "template-render": TemplateRenderFuzzing.run,
        "message-format": MessageFormatFuzzing.run,
        "front-matter": FrontMatterFuzzing.run,
        "site-config": SiteConfigFuzzing.run,
        "go-i18n": GoI18nFuzzing.run,
        "shortcodes": ShortcodesFuzzing.run,
        "translations": TranslationsFuzzing.run,
    ]
}
