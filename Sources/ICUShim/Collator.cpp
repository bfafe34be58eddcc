#include "icu_shim.h"
#include "Support.h"
#include <unicode/coll.h>

using namespace broadside;

extern "C" bs_collator *bs_collator_open(const char *tag, int32_t *status) {
    return openForTag<bs_collator>(tag, status, [](const icu::Locale &locale, UErrorCode &error) {
        return icu::Collator::createInstance(locale, error);
    });
}

extern "C" void bs_collator_close(bs_collator *collator) {
    destroy<icu::Collator>(collator);
}

extern "C" int32_t bs_collator_compare(const bs_collator *collator, const char *a,
                                       int32_t a_length, const char *b, int32_t b_length) {
    UErrorCode error = U_ZERO_ERROR;
    return unwrap<icu::Collator>(collator)->compareUTF8(icu::StringPiece(a, a_length),
                                                        icu::StringPiece(b, b_length), error);
}

extern "C" int32_t bs_collator_sort_key(const bs_collator *collator, const char *text,
                                        int32_t length, uint8_t *buffer, int32_t capacity) {
    return unwrap<icu::Collator>(collator)->getSortKey(fromUTF8(text, length), buffer, capacity);
}
