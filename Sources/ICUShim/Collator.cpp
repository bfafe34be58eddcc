#include "icu_shim.h"
#include "Support.h"
#include <unicode/coll.h>

using namespace broadside;

static const icu::Collator *unwrap(const bs_collator *collator) {
    return reinterpret_cast<const icu::Collator *>(collator);
}

extern "C" bs_collator *bs_collator_open(const char *tag, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale locale = localeFor(tag, error);
    icu::Collator *collator = nullptr;
    if (U_SUCCESS(error)) collator = icu::Collator::createInstance(locale, error);
    if (U_FAILURE(error)) {
        delete collator;
        collator = nullptr;
    }
    report(error, status);
    return reinterpret_cast<bs_collator *>(collator);
}

extern "C" void bs_collator_close(bs_collator *collator) {
    delete reinterpret_cast<icu::Collator *>(collator);
}

extern "C" int32_t bs_collator_compare(const bs_collator *collator, const char *a,
                                       int32_t a_length, const char *b, int32_t b_length) {
    UErrorCode error = U_ZERO_ERROR;
    return unwrap(collator)->compareUTF8(icu::StringPiece(a, a_length),
                                         icu::StringPiece(b, b_length), error);
}

extern "C" int32_t bs_collator_sort_key(const bs_collator *collator, const char *text,
                                        int32_t length, uint8_t *buffer, int32_t capacity) {
    return unwrap(collator)->getSortKey(fromUTF8(text, length), buffer, capacity);
}
