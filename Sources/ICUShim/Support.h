#ifndef BROADSIDE_SHIM_SUPPORT_H
#define BROADSIDE_SHIM_SUPPORT_H
// Helpers private to the shim's C++ sources: text across the C boundary, tags to locales.
#include <string>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace broadside {

/// UTF-8 from the caller as an ICU string; a negative `length` means NUL-terminated.
icu::UnicodeString fromUTF8(const char *text, int32_t length = -1);

/// Writes `text` NUL-terminated into `buffer` when it fits; returns its length either way.
int32_t writeUTF8(const std::string &text, char *buffer, int32_t capacity);
int32_t writeUTF8(const icu::UnicodeString &text, char *buffer, int32_t capacity);

/// The ICU locale of a canonical BCP 47 tag.
icu::Locale localeFor(const char *tag, UErrorCode &error);

/// Stores `error` into the caller's status: 0 on success, the UErrorCode on failure.
void report(UErrorCode error, int32_t *status);

/// The ICU object behind a handle.
template <typename Object, typename Handle>
const Object *unwrap(const Handle *handle) {
    return reinterpret_cast<const Object *>(handle);
}

/// Frees the ICU object behind a handle.
template <typename Object, typename Handle>
void destroy(Handle *handle) {
    delete reinterpret_cast<Object *>(handle);
}

/// Hands a newly made ICU object to the caller as a handle when `error` is success (a missing
/// object counts as running out of memory); otherwise frees it and returns NULL. Either way
/// reports the outcome into `status`.
template <typename Handle, typename Object>
Handle *handOver(Object *object, UErrorCode error, int32_t *status) {
    if (U_SUCCESS(error) && object == nullptr) error = U_MEMORY_ALLOCATION_ERROR;
    if (U_FAILURE(error)) {
        delete object;
        object = nullptr;
    }
    report(error, status);
    return reinterpret_cast<Handle *>(object);
}

/// Makes an ICU object for the locale of `tag` with `make(locale, error)` and hands it over.
template <typename Handle, typename Make>
Handle *openForTag(const char *tag, int32_t *status, Make make) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale locale = localeFor(tag, error);
    auto *object = U_SUCCESS(error) ? make(locale, error) : nullptr;
    return handOver<Handle>(object, error, status);
}

}  // namespace broadside
#endif
