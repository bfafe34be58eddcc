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

}  // namespace broadside
#endif
