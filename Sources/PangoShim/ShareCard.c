#include "bs_share_card.h"
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The layout, in pixels of a 1200 x 630 card.
static const double margin = 88, bar_width = 20, gap = 40;
static const double largest_title = 76, smallest_title = 44, title_step = 4, site_name_size = 34;

static void set_color(cairo_t *cairo, uint32_t color) {
    cairo_set_source_rgb(cairo, (color >> 16 & 0xFF) / 255.0, (color >> 8 & 0xFF) / 255.0, (color & 0xFF) / 255.0);
}

/// The fonts tried for each character, in order, before fontconfig's own choice: Noto's, with
/// Urdu's Nastaliq before the Arabic script's sans for Urdu.
static int is_urdu(const char *language) {
    return strncmp(language, "ur", 2) == 0 && (language[2] == 0 || language[2] == '-');
}

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

typedef struct { unsigned char *bytes; size_t length, capacity; } sink;

static cairo_status_t append(void *closure, const unsigned char *data, unsigned int length) {
    sink *out = closure;
    if (out->length + length > out->capacity) {
        size_t capacity = (out->length + length) * 2;
        unsigned char *bytes = realloc(out->bytes, capacity);
        if (!bytes) return CAIRO_STATUS_NO_MEMORY;
        out->bytes = bytes;
        out->capacity = capacity;
    }
    memcpy(out->bytes + out->length, data, length);
    out->length += length;
    return CAIRO_STATUS_SUCCESS;
}

int32_t bs_share_card_draw(const bs_share_card *card, bs_share_card_drawing *drawing,
                           char *error, int32_t error_capacity) {
    const double width = card->width, height = card->height;
    cairo_surface_t *surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, card->width, card->height);
    cairo_t *cairo = cairo_create(surface);

    set_color(cairo, card->background);
    cairo_paint(cairo);
    set_color(cairo, card->accent);
    cairo_rectangle(cairo, card->right_to_left ? width - bar_width : 0, 0, bar_width, height);
    cairo_fill(cairo);

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

    set_color(cairo, card->text);
    cairo_move_to(cairo, margin, margin);
    pango_cairo_show_layout(cairo, title_box);
    set_color(cairo, card->accent);
    cairo_move_to(cairo, margin, site_top);
    pango_cairo_show_layout(cairo, site_line);
    drawing->missing_glyphs = pango_layout_get_unknown_glyphs_count(title_box)
        + pango_layout_get_unknown_glyphs_count(site_line);

    g_object_unref(title_box);
    g_object_unref(site_line);
    g_object_unref(context);
    free(title);
    free(site_name);

    sink out = {NULL, 0, 0};
    cairo_surface_flush(surface);
    cairo_status_t status = cairo_status(cairo);
    if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_write_to_png_stream(surface, append, &out);
    cairo_destroy(cairo);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        free(out.bytes);
        snprintf(error, (size_t)error_capacity, "%s", cairo_status_to_string(status));
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
        snprintf(versions, sizeof versions, "pango %s cairo %s", pango_version_string(), cairo_version_string());
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
