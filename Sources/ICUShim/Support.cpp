#include "Support.h"
#include <cstring>

namespace broadside {

icu::UnicodeString fromUTF8(const char *text, int32_t length) {
    return icu::UnicodeString::fromUTF8(length < 0 ? icu::StringPiece(text)
                                                   : icu::StringPiece(text, length));
}

int32_t writeUTF8(const std::string &text, char *buffer, int32_t capacity) {
    int32_t length = static_cast<int32_t>(text.size());
    if (length < capacity) std::memcpy(buffer, text.c_str(), length + 1);
    return length;
}

int32_t writeUTF8(const icu::UnicodeString &text, char *buffer, int32_t capacity) {
    std::string utf8;
    text.toUTF8String(utf8);
    return writeUTF8(utf8, buffer, capacity);
}

icu::Locale localeFor(const char *tag, UErrorCode &error) {
    return icu::Locale::forLanguageTag(tag, error);
}

void report(UErrorCode error, int32_t *status) {
    *status = U_FAILURE(error) ? error : 0;
}

}  // namespace broadside
