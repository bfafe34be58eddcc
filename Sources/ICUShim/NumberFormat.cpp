#include "icu_shim.h"
#include "Support.h"
#include <unicode/numfmt.h>

using namespace broadside;

extern "C" bs_number_format *bs_number_format_open(const char *tag, bs_number_style style,
                                                   int32_t *status) {
    UNumberFormatStyle kind = style == BS_NUMBER_PERCENT ? UNUM_PERCENT : UNUM_DECIMAL;
    return openForTag<bs_number_format>(tag, status, [kind](const icu::Locale &locale, UErrorCode &error) {
        return icu::NumberFormat::createInstance(locale, kind, error);
    });
}

extern "C" void bs_number_format_close(bs_number_format *format) {
    destroy<icu::NumberFormat>(format);
}

extern "C" int32_t bs_number_format_format(const bs_number_format *format, double number,
                                           char *buffer, int32_t capacity) {
    icu::UnicodeString text;
    return writeUTF8(unwrap<icu::NumberFormat>(format)->format(number, text), buffer, capacity);
}
