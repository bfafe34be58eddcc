#ifndef BROADSIDE_BS_SHARE_CARD_H
#define BROADSIDE_BS_SHARE_CARD_H
// Share cards laid out by Pango (HarfBuzz shaping, FriBidi ordering, fontconfig fonts), drawn by
// Cairo and written by libpng. The only code that includes their headers; this one speaks plain C.
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What a card shows and how.
typedef struct {
    int32_t width, height;
    /// UTF-8; a line break is drawn as a space.
    const char *title;
    const char *site_name;
    /// A BCP 47 tag: Pango picks fonts for the language.
    const char *language;
    /// 1 to lay the card out from the right edge.
    int32_t right_to_left;
    /// 0xRRGGBB.
    uint32_t background, text, accent;
} bs_share_card;

/// What drawing a card made: a PNG file to free with bs_share_card_drawing_free.
typedef struct {
    unsigned char *png;
    size_t length;
    /// How many characters no installed font has a glyph for.
    int32_t missing_glyphs;
} bs_share_card_drawing;

/// Draws `card` as an 8-bit palette PNG; on failure (memory ran out) returns 0 and writes the
/// reason to `error`.
int32_t bs_share_card_draw(const bs_share_card *card, bs_share_card_drawing *drawing,
                           char *error, int32_t error_capacity);

void bs_share_card_drawing_free(bs_share_card_drawing *drawing);

/// "pango 1.50.12 cairo 1.16.0 libpng 1.6.39": what else changes the bytes of a card.
const char *bs_share_card_library_versions(void);

/// Reads a PNG file into 0xRRGGBB pixels, row by row, in a buffer to free with free(); 0 when
/// it is not a PNG Cairo reads.
int32_t bs_png_read(const unsigned char *bytes, size_t length, int32_t *width, int32_t *height,
                    uint32_t **pixels);

#ifdef __cplusplus
}
#endif
#endif
