#include "icu_shim.h"
#include <unicode/uversion.h>

extern "C" int32_t bs_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    int32_t length = 0;
    while (text[length] != 0 && length + 1 < capacity) { buffer[length] = text[length]; ++length; }
    if (capacity > 0) buffer[length] = 0;
    return length;
}
