#include "icu_shim.h"
#include "Support.h"
#include <unicode/locdspnm.h>

using namespace broadside;

extern "C" bs_display_names *bs_display_names_open(const char *tag, int32_t in_sentence, int32_t *status) {
    return openForTag<bs_display_names>(tag, status, [in_sentence](const icu::Locale &locale, UErrorCode &) {
        UDisplayContext contexts[] = {UDISPCTX_DIALECT_NAMES,
                                      in_sentence ? UDISPCTX_CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE
                                                  : UDISPCTX_CAPITALIZATION_FOR_UI_LIST_OR_MENU};
        return icu::LocaleDisplayNames::createInstance(locale, contexts, 2);
    });
}

extern "C" void bs_display_names_close(bs_display_names *names) {
    destroy<icu::LocaleDisplayNames>(names);
}

extern "C" int32_t bs_display_names_name(const bs_display_names *names, const char *tag,
                                         char *buffer, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale locale = localeFor(tag, error);
    icu::UnicodeString name;
    if (U_SUCCESS(error)) unwrap<icu::LocaleDisplayNames>(names)->localeDisplayName(locale, name);
    return writeUTF8(name, buffer, capacity);
}
