#include "icu_shim.h"
#include "Support.h"
#include <string>
#include <vector>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>

using namespace broadside;

namespace {

void fail(const UParseError &where, UErrorCode error, bs_syntax_error *syntax) {
    syntax->status = error;
    syntax->offset = where.offset;
}

std::string utf8(const icu::UnicodeString &text) {
    std::string result;
    text.toUTF8String(result);
    return result;
}

/// The item a selector of an argument of `type` reports, or -1 when it reports none (choice).
int itemFor(UMessagePatternArgType type, const icu::UnicodeString &selector) {
    switch (type) {
    case UMSGPAT_ARG_TYPE_PLURAL:
        return selector.startsWith(u"=") ? BS_MESSAGE_EXPLICIT_CASE : BS_MESSAGE_PLURAL_CASE;
    case UMSGPAT_ARG_TYPE_SELECTORDINAL:
        return selector.startsWith(u"=") ? BS_MESSAGE_EXPLICIT_CASE : BS_MESSAGE_ORDINAL_CASE;
    case UMSGPAT_ARG_TYPE_SELECT:
        return BS_MESSAGE_SELECT_CASE;
    default:
        return -1;
    }
}

}  // namespace

extern "C" int32_t bs_message_analyze(const char *pattern, int32_t length,
                                      bs_message_visitor visit, void *context,
                                      bs_syntax_error *syntax) {
    UErrorCode error = U_ZERO_ERROR;
    UParseError where;
    icu::MessagePattern parsed(fromUTF8(pattern, length), &where, error);
    if (U_FAILURE(error)) {
        fail(where, error, syntax);
        return error;
    }
    struct Argument { std::string name; UMessagePatternArgType type; };
    std::vector<Argument> enclosing;
    int32_t count = parsed.countParts();
    for (int32_t index = 0; index < count; ++index) {
        const icu::MessagePattern::Part &part = parsed.getPart(index);
        switch (part.getType()) {
        case UMSGPAT_PART_TYPE_ARG_START: {
            const icu::MessagePattern::Part &name = parsed.getPart(index + 1);
            enclosing.push_back({utf8(parsed.getSubstring(name)), part.getArgType()});
            visit(context, BS_MESSAGE_ARGUMENT, enclosing.back().name.c_str(), nullptr,
                  name.getIndex());
            break;
        }
        case UMSGPAT_PART_TYPE_ARG_LIMIT:
            enclosing.pop_back();
            break;
        case UMSGPAT_PART_TYPE_ARG_SELECTOR: {
            icu::UnicodeString selector = parsed.getSubstring(part);
            int item = itemFor(enclosing.back().type, selector);
            if (item >= 0) {
                visit(context, static_cast<bs_message_item>(item), enclosing.back().name.c_str(),
                      utf8(selector).c_str(), part.getIndex());
            }
            break;
        }
        default:
            break;
        }
    }
    syntax->status = 0;
    return 0;
}

extern "C" bs_message *bs_message_open(const char *tag, const char *pattern, int32_t length,
                                       bs_syntax_error *syntax) {
    UErrorCode error = U_ZERO_ERROR;
    UParseError where = {};
    icu::Locale locale = localeFor(tag, error);
    icu::MessageFormat *format = nullptr;
    if (U_SUCCESS(error)) {
        format = new icu::MessageFormat(fromUTF8(pattern, length), locale, where, error);
    }
    if (U_FAILURE(error)) {
        delete format;
        fail(where, error, syntax);
        return nullptr;
    }
    syntax->status = 0;
    return reinterpret_cast<bs_message *>(format);
}

extern "C" void bs_message_close(bs_message *message) {
    destroy<icu::MessageFormat>(message);
}

extern "C" int32_t bs_message_format(const bs_message *message,
                                     const bs_message_argument *arguments, int32_t count,
                                     char *buffer, int32_t capacity, int32_t *status) {
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    for (int32_t index = 0; index < count; ++index) {
        const bs_message_argument &argument = arguments[index];
        names.push_back(fromUTF8(argument.name));
        switch (argument.kind) {
        case BS_ARGUMENT_NUMBER:
            values.emplace_back(argument.number);
            break;
        case BS_ARGUMENT_STRING:
            values.emplace_back(fromUTF8(argument.string));
            break;
        case BS_ARGUMENT_DATE:
            values.emplace_back(argument.number, icu::Formattable::kIsDate);
            break;
        }
    }
    UErrorCode error = U_ZERO_ERROR;
    icu::UnicodeString text;
    unwrap<icu::MessageFormat>(message)->format(
        names.data(), values.data(), count, text, error);
    report(error, status);
    return U_SUCCESS(error) ? writeUTF8(text, buffer, capacity) : 0;
}
