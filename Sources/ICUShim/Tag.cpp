#include "icu_shim.h"
#include "Support.h"
#include <memory>
#include <unicode/locdspnm.h>

using namespace broadside;

namespace {

/// Whether CLDR has an English name for the locale's language and for its script and region,
/// when it has them: "english", "zz" and "en-QQ" are well-formed BCP 47, but no language.
bool isKnown(const icu::Locale &locale) {
    if (*locale.getLanguage() == 0) return false;
    UDisplayContext contexts[] = {UDISPCTX_NO_SUBSTITUTE};
    std::unique_ptr<icu::LocaleDisplayNames> names(
        icu::LocaleDisplayNames::createInstance(icu::Locale::getEnglish(), contexts, 1));
    if (!names) return false;
    icu::UnicodeString name;
    if (names->languageDisplayName(locale.getLanguage(), name).isBogus()) return false;
    if (*locale.getScript() != 0 && names->scriptDisplayName(locale.getScript(), name).isBogus())
        return false;
    if (*locale.getCountry() != 0 && names->regionDisplayName(locale.getCountry(), name).isBogus())
        return false;
    return true;
}

}  // namespace

extern "C" int32_t bs_tag_canonicalize(const char *text, char *buffer, int32_t capacity,
                                       int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(text, error);
    if (U_SUCCESS(error)) locale.canonicalize(error);
    if (U_SUCCESS(error) && !isKnown(locale)) error = U_ILLEGAL_ARGUMENT_ERROR;
    std::string tag;
    if (U_SUCCESS(error)) tag = locale.toLanguageTag<std::string>(error);
    report(error, status);
    return U_SUCCESS(error) ? writeUTF8(tag, buffer, capacity) : 0;
}

extern "C" int32_t bs_tag_script(const char *tag, char *buffer, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale locale = localeFor(tag, error);
    if (U_SUCCESS(error)) locale.addLikelySubtags(error);
    return writeUTF8(std::string(U_SUCCESS(error) ? locale.getScript() : ""), buffer, capacity);
}

extern "C" int32_t bs_tag_region(const char *tag, char *buffer, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale locale = localeFor(tag, error);
    if (U_SUCCESS(error)) locale.addLikelySubtags(error);
    return writeUTF8(std::string(U_SUCCESS(error) ? locale.getCountry() : ""), buffer, capacity);
}

extern "C" int32_t bs_tag_is_right_to_left(const char *tag) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale locale = localeFor(tag, error);
    return U_SUCCESS(error) && locale.isRightToLeft() ? 1 : 0;
}
