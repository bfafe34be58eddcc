#include "icu_shim.h"
#include "Support.h"
#include <unicode/locdspnm.h>

using namespace broadside;

static const icu::LocaleDisplayNames *unwrap(const bs_display_names *names) {
    return reinterpret_cast<const icu::LocaleDisplayNames *>(names);
}

extern "C" bs_display_names *bs_display_names_open(const char *tag, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale locale = localeFor(tag, error);
    UDisplayContext contexts[] = {UDISPCTX_DIALECT_NAMES,
                                  UDISPCTX_CAPITALIZATION_FOR_UI_LIST_OR_MENU};
    icu::LocaleDisplayNames *names = nullptr;
    if (U_SUCCESS(error)) {
        names = icu::LocaleDisplayNames::createInstance(locale, contexts, 2);
        if (names == nullptr) error = U_MEMORY_ALLOCATION_ERROR;
    }
    report(error, status);
    return reinterpret_cast<bs_display_names *>(names);
}

extern "C" void bs_display_names_close(bs_display_names *names) {
    delete reinterpret_cast<icu::LocaleDisplayNames *>(names);
}

extern "C" int32_t bs_display_names_name(const bs_display_names *names, const char *tag,
                                         char *buffer, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale locale = localeFor(tag, error);
    icu::UnicodeString name;
    if (U_SUCCESS(error)) unwrap(names)->localeDisplayName(locale, name);
    return writeUTF8(name, buffer, capacity);
}
