#include "icu_shim.h"
#include "Support.h"
#include <unicode/uversion.h>

extern "C" int32_t bs_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    return broadside::writeUTF8(std::string(text), buffer, capacity);
}

extern "C" const char *bs_error_name(int32_t status) {
    return u_errorName(static_cast<UErrorCode>(status));
}
