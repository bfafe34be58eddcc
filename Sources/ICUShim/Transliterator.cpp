#include "icu_shim.h"
#include "Support.h"
#include <unicode/translit.h>

using namespace broadside;

extern "C" bs_transliterator *bs_transliterator_open(const char *id, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UParseError where;
    icu::Transliterator *transliterator =
        icu::Transliterator::createInstance(fromUTF8(id), UTRANS_FORWARD, where, error);
    return handOver<bs_transliterator>(transliterator, error, status);
}

extern "C" void bs_transliterator_close(bs_transliterator *transliterator) {
    destroy<icu::Transliterator>(transliterator);
}

extern "C" int32_t bs_transliterator_apply(const bs_transliterator *transliterator,
                                           const char *text, int32_t length,
                                           char *buffer, int32_t capacity) {
    icu::UnicodeString result = fromUTF8(text, length);
    unwrap<icu::Transliterator>(transliterator)->transliterate(result);
    return writeUTF8(result, buffer, capacity);
}
