import ArgumentParser
import BroadsideSite

/// `broadside new`: a new article, or a translation to make of one.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Starts a new article, or a translation of one.",
        discussion: """
            broadside new SECTION --language LANG --title TITLE writes a draft named after the title's slug in Latin letters (any script: Arabic, Amharic, Urdu…). \
            broadside new --translate FILE --language LANG writes the translation's file from its source, to translate.
            """)

    @OptionGroup var siteOptions: SiteOptions

    @Argument(help: ArgumentHelp("The section (folder of content/) of a new article.", valueName: "section"))
    var section: String?

    @Option(help: ArgumentHelp("The article's language, as in site.yaml.", valueName: "tag"))
    var language: String

    @Option(help: ArgumentHelp("The new article's title.", valueName: "title"))
    var title: String?

    @Option(help: ArgumentHelp("The source article to start a translation of.", valueName: "file"))
    var translate: String?

    func validate() throws {
        if translate == nil && (section == nil || title == nil) {
            throw ValidationError("give a SECTION and --title for a new article, or --translate FILE for a translation")
        }
        if translate != nil && (section != nil || title != nil) {
            throw ValidationError("--translate takes no SECTION or --title: the translation's are its source's")
        }
    }

    func run() throws {
        do {
            if let translate {
                let path = try NewArticle.translation(siteDirectory: siteOptions.site, sourcePath: translate, language: language)
                print("wrote \(path): it counts as a stub until it is translated")
                print("next: translate its title, text and tags, then run `broadside stamp \(path)`")
            } else if let section, let title {
                let path = try NewArticle.create(siteDirectory: siteOptions.site, section: section, language: language, title: title)
                print("wrote \(path) (a draft: `broadside serve --drafts` shows it as you write; remove `draft: true` to publish it)")
            }
        } catch {
            Terminal.printError(error.description)
            throw ExitStatus.of(error)
        }
    }
}
