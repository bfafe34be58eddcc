#include "icu_shim.h"
#include "Support.h"
#include <map>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

using namespace broadside;

extern "C" int32_t bs_text_dominant_script(const char *text, int32_t length, char *buffer,
                                           int32_t capacity) {
    struct Tally { int32_t count; int32_t first; };
    std::map<UScriptCode, Tally> tallies;
    for (int32_t index = 0; index < length;) {
        UChar32 c;
        U8_NEXT(text, index, length, c);
        if (c < 0 || !u_isalpha(c)) continue;
        UErrorCode error = U_ZERO_ERROR;
        UScriptCode script = uscript_getScript(c, &error);
        if (U_FAILURE(error) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) continue;
        auto found = tallies.find(script);
        if (found == tallies.end()) {
            int32_t order = static_cast<int32_t>(tallies.size());
            found = tallies.emplace(script, Tally{0, order}).first;
        }
        found->second.count += 1;
    }
    const std::pair<const UScriptCode, Tally> *best = nullptr;
    for (const auto &entry : tallies) {
        if (best == nullptr || entry.second.count > best->second.count ||
            (entry.second.count == best->second.count && entry.second.first < best->second.first))
            best = &entry;
    }
    if (best == nullptr) return 0;
    return writeUTF8(std::string(uscript_getShortName(best->first)), buffer, capacity);
}

extern "C" int32_t bs_text_columns(const char *text, int32_t length) {
    int32_t columns = 0;
    for (int32_t index = 0; index < length;) {
        UChar32 c;
        U8_NEXT(text, index, length, c);
        if (c < 0) {
            columns += 1;
            continue;
        }
        int8_t category = u_charType(c);
        if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
            category == U_FORMAT_CHAR) continue;
        int32_t width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
        columns += (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
    }
    return columns;
}
