#include "bs_share_card.h"
#if !__has_include(<pango/pangocairo.h>)
#error "Pango's headers are missing: run scripts/bootstrap (libpango1.0-dev, libcairo2-dev, libpng-dev), then swift package purge-cache, rm -rf .build and build again (Package.swift asks pkg-config for their paths when SwiftPM first reads it)"
#endif
#include <pango/pangocairo.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The layout, in pixels of a 1200 x 630 card.
static const double margin = 88, bar_width = 20, gap = 40;
static const double largest_title = 76, smallest_title = 44, title_step = 4, site_name_size = 34;

/// Whether the BCP 47 tag is Urdu's.
static int is_urdu(const char *language) {
    return strncmp(language, "ur", 2) == 0 && (language[2] == 0 || language[2] == '-');
}

/// The fonts tried for each character, in order, before fontconfig's own choice: Noto's, with
/// Urdu's Nastaliq before the Arabic script's sans for Urdu.
static const char *families(const char *language) {
    return is_urdu(language)
        ? "Noto Sans, Noto Nastaliq Urdu, Noto Sans Arabic, Noto Sans Ethiopic, Noto Sans Hebrew"
        : "Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic, Noto Sans Hebrew";
}

/// `text` in bold Noto of `size` pixels, wrapped at `width`, aligned to the start edge.
static PangoLayout *text_layout(PangoContext *context, const char *text, double size, double width,
                                int right_to_left) {
    PangoLayout *layout = pango_layout_new(context);
    const char *language = pango_language_to_string(pango_context_get_language(context));
    PangoFontDescription *font = pango_font_description_new();
    pango_font_description_set_family(font, families(language));
    pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_auto_dir(layout, FALSE);
    pango_layout_set_alignment(layout, right_to_left ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    pango_layout_set_width(layout, (int)(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    // Lines 1.4 em apart (Urdu's Nastaliq, which climbs and falls further, 2 em): Noto's Arabic
    // fonts would leave a 2 em gap, made for stacks of marks that titles do not have.
    PangoAttrList *attributes = pango_attr_list_new();
    pango_attr_list_insert(attributes, pango_attr_line_height_new_absolute((int)(size * (is_urdu(language) ? 2.0 : 1.4) * PANGO_SCALE)));
    pango_layout_set_attributes(layout, attributes);
    pango_attr_list_unref(attributes);
    pango_layout_set_text(layout, text, -1);
    return layout;
}

static double height_of(PangoLayout *layout) {
    PangoRectangle logical;
    pango_layout_get_pixel_extents(layout, NULL, &logical);
    return logical.height;
}

/// A copy of `text` with each line break a space.
static char *one_line(const char *text) {
    char *line = strdup(text);
    for (char *c = line; line && *c; c++) if (*c == '\n' || *c == '\r' || *c == '\t') *c = ' ';
    return line;
}

typedef struct { unsigned char *bytes; size_t length, capacity; int failed; } sink;

static void append(png_structp png, png_bytep data, size_t length) {
    sink *out = png_get_io_ptr(png);
    if (out->failed) return;
    if (out->length + length > out->capacity) {
        size_t capacity = (out->length + length) * 2;
        unsigned char *bytes = realloc(out->bytes, capacity);
        if (!bytes) {
            out->failed = 1;
            return;
        }
        out->bytes = bytes;
        out->capacity = capacity;
    }
    memcpy(out->bytes + out->length, data, length);
    out->length += length;
}

static void flush(png_structp png) { (void)png; }

/// The card's colours: 128 steps from the background to the text colour (the title's ink,
/// by coverage), then 128 to the accent (the site's name and the bar).
static void make_palette(const bs_share_card *card, png_color palette[256]) {
    for (int ramp = 0; ramp < 2; ramp++) {
        uint32_t from = card->background, to = ramp == 0 ? card->text : card->accent;
        for (int level = 0; level < 128; level++) {
            png_color *color = &palette[ramp * 128 + level];
            int channels[3];
            for (int c = 0; c < 3; c++) {
                int shift = 16 - 8 * c, a = from >> shift & 0xFF, b = to >> shift & 0xFF;
                channels[c] = a + ((b - a) * level + (b > a ? 63 : -63)) / 127;
            }
            color->red = (png_byte)channels[0];
            color->green = (png_byte)channels[1];
            color->blue = (png_byte)channels[2];
        }
    }
}

/// The card as an 8-bit palette PNG: `coverage` is the text's ink, 0 to 255 a pixel; rows from
/// `accent_row` down are the site's name, and the bar's columns are accent throughout. A
/// third of an RGB image's bytes, so a card is compressed in a few milliseconds.
static int write_png(const bs_share_card *card, const unsigned char *coverage, int stride, int accent_row,
                     int bar_left, int bar_right, sink *out) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    png_bytep row = malloc((size_t)card->width);
    if (!png || !info || !row || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        free(row);
        return 0;
    }
    png_set_write_fn(png, out, append, flush);
    png_set_IHDR(png, info, (png_uint_32)card->width, (png_uint_32)card->height, 8, PNG_COLOR_TYPE_PALETTE,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_color palette[256];
    make_palette(card, palette);
    png_set_PLTE(png, info, palette, 256);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, 3);
    png_write_info(png, info);
    // Each coverage's palette entry, in the title's colours and in the accent's.
    png_byte entries[2][256];
    for (int ink = 0; ink < 256; ink++) {
        entries[0][ink] = (png_byte)((ink * 127 + 127) / 255);
        entries[1][ink] = (png_byte)(128 + entries[0][ink]);
    }
    for (int y = 0; y < card->height; y++) {
        const unsigned char *ink = coverage + (size_t)y * (size_t)stride;
        const png_byte *entry = entries[y >= accent_row];
        for (int x = 0; x < card->width; x++) row[x] = entry[ink[x]];
        memset(row + bar_left, 255, (size_t)(bar_right - bar_left));
        png_write_row(png, row);
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    free(row);
    return !out->failed;
}

int32_t bs_share_card_draw(const bs_share_card *card, bs_share_card_drawing *drawing,
                           char *error, int32_t error_capacity) {
    const double width = card->width, height = card->height;
    // The text's coverage alone: write_png gives each part its colour.
    cairo_surface_t *surface = cairo_image_surface_create(CAIRO_FORMAT_A8, card->width, card->height);
    cairo_t *cairo = cairo_create(surface);

    // Pango's default font map is one per thread, so cards can be drawn on many at once.
    PangoContext *context = pango_font_map_create_context(pango_cairo_font_map_get_default());
    pango_context_set_language(context, pango_language_from_string(card->language));
    pango_context_set_base_dir(context, card->right_to_left ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    pango_cairo_update_context(cairo, context);

    const double text_width = width - 2 * margin;
    char *site_name = one_line(card->site_name), *title = one_line(card->title);
    PangoLayout *site_line = text_layout(context, site_name ? site_name : "", site_name_size, text_width,
                                         card->right_to_left);
    pango_layout_set_ellipsize(site_line, PANGO_ELLIPSIZE_END);
    pango_layout_set_height(site_line, -1);  // one line
    const double site_top = height - margin - height_of(site_line);
    const double title_height = site_top - gap - margin;

    // The largest size the title fits at; at the smallest, the lines that fit, then "…".
    PangoLayout *title_box = NULL;
    for (double size = largest_title; size >= smallest_title; size -= title_step) {
        if (title_box) g_object_unref(title_box);
        title_box = text_layout(context, title ? title : "", size, text_width, card->right_to_left);
        if (height_of(title_box) <= title_height) break;
    }
    if (height_of(title_box) > title_height) {
        pango_layout_set_ellipsize(title_box, PANGO_ELLIPSIZE_END);
        pango_layout_set_height(title_box, (int)(title_height * PANGO_SCALE));
    }

    cairo_move_to(cairo, margin, margin);
    pango_cairo_show_layout(cairo, title_box);
    cairo_move_to(cairo, margin, site_top);
    pango_cairo_show_layout(cairo, site_line);
    drawing->missing_glyphs = pango_layout_get_unknown_glyphs_count(title_box)
        + pango_layout_get_unknown_glyphs_count(site_line);

    g_object_unref(title_box);
    g_object_unref(site_line);
    g_object_unref(context);
    free(title);
    free(site_name);

    sink out = {NULL, 0, 0, 0};
    cairo_surface_flush(surface);
    cairo_status_t status = cairo_status(cairo);
    int written = 0;
    if (status == CAIRO_STATUS_SUCCESS) {
        const int bar_left = card->right_to_left ? card->width - (int)bar_width : 0;
        written = write_png(card, cairo_image_surface_get_data(surface), cairo_image_surface_get_stride(surface),
                            (int)(site_top - gap / 2), bar_left, bar_left + (int)bar_width, &out);
    }
    cairo_destroy(cairo);
    cairo_surface_destroy(surface);
    if (!written) {
        free(out.bytes);
        snprintf(error, (size_t)error_capacity, "%s",
                 status != CAIRO_STATUS_SUCCESS ? cairo_status_to_string(status) : "libpng could not write the PNG");
        return 0;
    }
    drawing->png = out.bytes;
    drawing->length = out.length;
    return 1;
}

void bs_share_card_drawing_free(bs_share_card_drawing *drawing) {
    free(drawing->png);
    drawing->png = NULL;
    drawing->length = 0;
}

const char *bs_share_card_library_versions(void) {
    static char versions[64];
    static int made = 0;
    if (!made) {
        snprintf(versions, sizeof versions, "pango %s cairo %s libpng %s", pango_version_string(), cairo_version_string(),
                 png_get_libpng_ver(NULL));
        made = 1;
    }
    return versions;
}

typedef struct { const unsigned char *bytes; size_t length, offset; } source;

static cairo_status_t take(void *closure, unsigned char *data, unsigned int length) {
    source *in = closure;
    if (in->length - in->offset < length) return CAIRO_STATUS_READ_ERROR;
    memcpy(data, in->bytes + in->offset, length);
    in->offset += length;
    return CAIRO_STATUS_SUCCESS;
}

int32_t bs_png_read(const unsigned char *bytes, size_t length, int32_t *width, int32_t *height,
                    uint32_t **pixels) {
    source in = {bytes, length, 0};
    cairo_surface_t *surface = cairo_image_surface_create_from_png_stream(take, &in);
    int32_t read = 0;
    if (cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS) {
        *width = cairo_image_surface_get_width(surface);
        *height = cairo_image_surface_get_height(surface);
        int stride = cairo_image_surface_get_stride(surface);
        const unsigned char *data = cairo_image_surface_get_data(surface);
        *pixels = malloc((size_t)*width * (size_t)*height * sizeof(uint32_t));
        if (*pixels) {
            for (int32_t y = 0; y < *height; y++) {
                const uint32_t *row = (const uint32_t *)(data + (size_t)y * (size_t)stride);
                for (int32_t x = 0; x < *width; x++) (*pixels)[(size_t)y * (size_t)*width + (size_t)x] = row[x] & 0xFFFFFF;
            }
            read = 1;
        }
    }
    cairo_surface_destroy(surface);
    return read;
}
