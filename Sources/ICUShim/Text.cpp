#include "icu_shim.h"
#include "Support.h"
#include <vector>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

using namespace broadside;

extern "C" int32_t bs_text_dominant_script(const char *text, int32_t length, char *buffer,
                                           int32_t capacity) {
    // Each script's letters, and the order in which the scripts were first seen (for a tie).
    struct Tally { int32_t count = 0; int32_t first = 0; };
    std::vector<Tally> tallies(USCRIPT_CODE_LIMIT);
    std::vector<UScriptCode> seen;
    auto count = [&](UScriptCode script) {
        Tally &tally = tallies[script];
        if (tally.count++ == 0) {
            tally.first = static_cast<int32_t>(seen.size());
            seen.push_back(script);
        }
    };
    // Whether the leading script leads by more letters than the bytes left could hold: then
    // the rest of a long text cannot change the answer.
    auto decided = [&](int32_t remaining) {
        int32_t first = 0, second = 0;
        for (UScriptCode script : seen) {
            int32_t letters = tallies[script].count;
            if (letters > first) { second = first; first = letters; }
            else if (letters > second) second = letters;
        }
        return first - second > remaining;
    };
    for (int32_t index = 0, nextLook = 4096; index < length;) {
        if (index >= nextLook) {
            if (decided(length - index)) break;
            nextLook = index + 1024;
        }
        auto byte = static_cast<unsigned char>(text[index]);
        if (byte < 0x80) {
            // ASCII: its letters are Latin, and nothing else in it is a letter.
            index += 1;
            if ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z') count(USCRIPT_LATIN);
            continue;
        }
        UChar32 c;
        U8_NEXT(text, index, length, c);
        if (c < 0 || !u_isalpha(c)) continue;
        UErrorCode error = U_ZERO_ERROR;
        UScriptCode script = uscript_getScript(c, &error);
        if (U_FAILURE(error) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED ||
            script < 0 || script >= USCRIPT_CODE_LIMIT) continue;
        count(script);
    }
    int32_t best = -1;
    for (UScriptCode script : seen) {
        const Tally &tally = tallies[script];
        if (best < 0 || tally.count > tallies[best].count ||
            (tally.count == tallies[best].count && tally.first < tallies[best].first))
            best = script;
    }
    if (best < 0) return 0;
    return writeUTF8(std::string(uscript_getShortName(static_cast<UScriptCode>(best))), buffer, capacity);
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

extern "C" int32_t bs_text_strong_directions(const char *text, int32_t length) {
    int32_t found = 0;
    for (int32_t index = 0; index < length && found != 3;) {
        auto byte = static_cast<unsigned char>(text[index]);
        if (byte < 0x80) {
            index += 1;
            if ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z') found |= 1;
            continue;
        }
        UChar32 c;
        U8_NEXT(text, index, length, c);
        if (c < 0) continue;
        switch (u_charDirection(c)) {
        case U_LEFT_TO_RIGHT: found |= 1; break;
        case U_RIGHT_TO_LEFT: case U_RIGHT_TO_LEFT_ARABIC: found |= 2; break;
        default: break;
        }
    }
    return found;
}
