#include "icu_shim.h"
#include "Support.h"
#include <unicode/numfmt.h>

using namespace broadside;

extern "C" bs_number_format *bs_number_format_open(const char *tag, bs_number_style style,
                                                   int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale locale = localeFor(tag, error);
    icu::NumberFormat *format = nullptr;
    if (U_SUCCESS(error)) {
        format = icu::NumberFormat::createInstance(
            locale, style == BS_NUMBER_PERCENT ? UNUM_PERCENT : UNUM_DECIMAL, error);
    }
    if (U_FAILURE(error)) {
        delete format;
        format = nullptr;
    }
    report(error, status);
    return reinterpret_cast<bs_number_format *>(format);
}

extern "C" void bs_number_format_close(bs_number_format *format) {
    delete reinterpret_cast<icu::NumberFormat *>(format);
}

extern "C" int32_t bs_number_format_format(const bs_number_format *format, double number,
                                           char *buffer, int32_t capacity) {
    icu::UnicodeString text;
    reinterpret_cast<const icu::NumberFormat *>(format)->format(number, text);
    return writeUTF8(text, buffer, capacity);
}
