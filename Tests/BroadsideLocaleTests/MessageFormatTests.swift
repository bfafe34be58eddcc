import BroadsideLocale
import Testing

@Suite struct MessageFormatTests {
    /// A file-count message in each language, formatted for 0, 1, 2, 5, 21, 1.5 and 1234567.
    @Test(arguments: [
        ("en", "{count, plural, one {# file} other {# files}}",
         ["0 files", "1 file", "2 files", "5 files", "21 files", "1.5 files", "1,234,567 files"]),
        ("ar", "{count, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}",
         ["لا ملفات", "ملف واحد", "ملفان", "٥ ملفات", "٢١ ملفًا", "١٫٥ ملف", "١٬٢٣٤٬٥٦٧ ملفًا"]),
        ("he", "{count, plural, one {קובץ אחד} two {שני קבצים} other {# קבצים}}",
         ["0 קבצים", "קובץ אחד", "שני קבצים", "5 קבצים", "21 קבצים", "1.5 קבצים", "1,234,567 קבצים"]),
        ("ru", "{count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}",
         ["0 файлов", "1 файл", "2 файла", "5 файлов", "21 файл", "1,5 файла", "1\u{A0}234\u{A0}567 файлов"]),
        ("pl", "{count, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}",
         ["0 plików", "1 plik", "2 pliki", "5 plików", "21 plików", "1,5 pliku", "1\u{A0}234\u{A0}567 plików"]),
        ("fr", "{count, plural, one {# fichier} many {# de fichiers} other {# fichiers}}",
         ["0 fichier", "1 fichier", "2 fichiers", "5 fichiers", "21 fichiers", "1,5 fichier", "1\u{202F}234\u{202F}567 fichiers"]),
        ("sw", "{count, plural, one {faili #} other {faili #}}",
         ["faili 0", "faili 1", "faili 2", "faili 5", "faili 21", "faili 1.5", "faili 1,234,567"]),
        ("am", "{count, plural, one {# ፋይል} other {# ፋይሎች}}",
         ["0 ፋይል", "1 ፋይል", "2 ፋይሎች", "5 ፋይሎች", "21 ፋይሎች", "1.5 ፋይሎች", "1,234,567 ፋይሎች"]),
        ("ur", "{count, plural, one {# فائل} other {# فائلیں}}",
         ["0 فائلیں", "1 فائل", "2 فائلیں", "5 فائلیں", "21 فائلیں", "1.5 فائلیں", "1,234,567 فائلیں"]),
        ("fa", "{count, plural, one {# پرونده} other {# پرونده}}",
         ["۰ پرونده", "۱ پرونده", "۲ پرونده", "۵ پرونده", "۲۱ پرونده", "۱٫۵ پرونده", "۱٬۲۳۴٬۵۶۷ پرونده"]),
        ("yo", "{count, plural, other {fáìlì #}}",
         ["fáìlì 0", "fáìlì 1", "fáìlì 2", "fáìlì 5", "fáìlì 21", "fáìlì 1.5", "fáìlì 1,234,567"]),
        ("zh-Hant", "{count, plural, other {# 個檔案}}",
         ["0 個檔案", "1 個檔案", "2 個檔案", "5 個檔案", "21 個檔案", "1.5 個檔案", "1,234,567 個檔案"]),
    ])
    func formatsPluralsInTheLanguage(tag: String, pattern: String, expected: [String]) throws {
        let message = try Sample.language(tag).message(pattern)
        let formatted = try [0, 1, 2, 5, 21, 1.5, 1_234_567].map { try message.format(["count": .number($0)]) }
        #expect(formatted == expected)
    }

    @Test func formatsOrdinalsSelectsTextAndDates() throws {
        let english = Sample.language("en")
        let ordinal = try english.message("{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}")
        #expect(try [1, 2, 3, 4, 11, 21, 112].map { try ordinal.format(["n": .number($0)]) }
            == ["1st", "2nd", "3rd", "4th", "11th", "21st", "112th"])
        let invitation = try english.message(
            "{host} invites you on {when, date, long} ({share, number, percent} full), {mode, select, online {online} other {in person}}")
        #expect(try invitation.format(["host": "Ada", "when": .date(Sample.date), "share": 0.5, "mode": "online"])
            == "Ada invites you on November 28, 2026 (50% full), online")
        let french = try Sample.language("fr").message("Le {d, date, long} à {d, time, short}")
        #expect(try french.format(["d": .date(Sample.date)]) == "Le 28 novembre 2026 à 09:30")
    }

    @Test func explicitValuesWinOverCategories() throws {
        let message = try Sample.language("en").message("{n, plural, =0 {none} one {one} other {#}}")
        #expect(try message.format(["n": 0]) == "none")
        #expect(try message.format(["n": 1]) == "one")
        #expect(message.analysis.explicitValues == ["n": ["=0"]])
    }

    @Test func aMissingArgumentIsAnErrorNamingIt() throws {
        let message = try Sample.language("en").message("{a} {b} {c}")
        #expect(throws: LocaleError.missingArgument("b", pattern: "{a} {b} {c}")) {
            try message.format(["a": "x", "c": "z", "extra": 1])
        }
        #expect(LocaleError.missingArgument("b", pattern: "{a} {b} {c}").description
            == "missing argument 'b' for message '{a} {b} {c}'")
    }

    @Test func textForANumberIsAnICUError() throws {
        let message = try Sample.language("en").message("{n, number}")
        #expect(throws: LocaleError.icuFailure(operation: "format the message '{n, number}'",
                                               status: "U_INVALID_FORMAT_ERROR")) {
            try message.format(["n": "many"])
        }
    }

    @Test func compilingReportsSyntaxAndUnknownTypes() throws {
        let english = Sample.language("en")
        #expect(throws: MessageSyntaxError.self) { try english.message("{count, plural, one {# x}") }
        #expect {
            try english.message("{n, colour}")
        } throws: { error in
            (error as? MessageSyntaxError)?.message.hasPrefix("expected an argument type") == true
        }
        #expect {
            try english.message("{n, number, ::unknown-skeleton}")
        } throws: { error in
            (error as? MessageSyntaxError)?.message == "expected a valid number skeleton after '::'"
        }
    }

    @Test func keepsItsPatternAndAnalysis() throws {
        let message = try Sample.language("ru").message("{n, plural, one {#} few {#} many {#} other {#}}")
        #expect(message.pattern == "{n, plural, one {#} few {#} many {#} other {#}}")
        #expect(message.analysis.pluralArguments["n"] == Set(Sample.language("ru").pluralCategories()))
    }
}
