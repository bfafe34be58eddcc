#include "icu_shim.h"
#include "Support.h"
#include <memory>
#include <unicode/plurrule.h>

using namespace broadside;

static const icu::PluralRules *unwrap(const bs_plural_rules *rules) {
    return reinterpret_cast<const icu::PluralRules *>(rules);
}

extern "C" bs_plural_rules *bs_plural_rules_open(const char *tag, int32_t ordinal,
                                                 int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale locale = localeFor(tag, error);
    icu::PluralRules *rules = nullptr;
    if (U_SUCCESS(error)) {
        rules = icu::PluralRules::forLocale(
            locale, ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, error);
    }
    if (U_FAILURE(error)) {
        delete rules;
        rules = nullptr;
    }
    report(error, status);
    return reinterpret_cast<bs_plural_rules *>(rules);
}

extern "C" void bs_plural_rules_close(bs_plural_rules *rules) {
    delete reinterpret_cast<icu::PluralRules *>(rules);
}

extern "C" int32_t bs_plural_rules_keywords(const bs_plural_rules *rules,
                                            char *buffer, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> keywords(unwrap(rules)->getKeywords(error));
    std::string list;
    while (U_SUCCESS(error) && keywords) {
        const char *keyword = keywords->next(nullptr, error);
        if (keyword == nullptr) break;
        if (!list.empty()) list += ' ';
        list += keyword;
    }
    return writeUTF8(list, buffer, capacity);
}

extern "C" int32_t bs_plural_rules_select(const bs_plural_rules *rules, double number,
                                          char *buffer, int32_t capacity) {
    return writeUTF8(unwrap(rules)->select(number), buffer, capacity);
}
