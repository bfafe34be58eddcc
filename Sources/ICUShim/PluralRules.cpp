#include "icu_shim.h"
#include "Support.h"
#include <memory>
#include <unicode/plurrule.h>

using namespace broadside;

extern "C" bs_plural_rules *bs_plural_rules_open(const char *tag, int32_t ordinal,
                                                 int32_t *status) {
    UPluralType type = ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL;
    return openForTag<bs_plural_rules>(tag, status, [type](const icu::Locale &locale, UErrorCode &error) {
        return icu::PluralRules::forLocale(locale, type, error);
    });
}

extern "C" void bs_plural_rules_close(bs_plural_rules *rules) {
    destroy<icu::PluralRules>(rules);
}

extern "C" int32_t bs_plural_rules_keywords(const bs_plural_rules *rules,
                                            char *buffer, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> keywords(
        unwrap<icu::PluralRules>(rules)->getKeywords(error));
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
    return writeUTF8(unwrap<icu::PluralRules>(rules)->select(number), buffer, capacity);
}
