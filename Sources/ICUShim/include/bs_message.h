#ifndef BROADSIDE_BS_MESSAGE_H
#define BROADSIDE_BS_MESSAGE_H
// ICU MessageFormat with named arguments, and the analysis of a message's arguments.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bs_message bs_message;

/// Where and why a message pattern failed to parse.
typedef struct bs_syntax_error {
    /// 0 when the pattern parsed, else ICU's UErrorCode (U_UNMATCHED_BRACES, ...).
    int32_t status;
    /// The offset of the error in UTF-16 code units from the start of the pattern.
    int32_t offset;
} bs_syntax_error;

/// What `bs_message_analyze` reports.
typedef enum bs_message_item {
    /// An argument, by name (or number, as text).
    BS_MESSAGE_ARGUMENT = 0,
    /// A keyword case ("few") of a plural argument.
    BS_MESSAGE_PLURAL_CASE = 1,
    /// An explicit value case ("=0") of a plural or selectordinal argument.
    BS_MESSAGE_EXPLICIT_CASE = 2,
    /// A keyword case of a select argument.
    BS_MESSAGE_SELECT_CASE = 3,
    /// A keyword case ("two") of a selectordinal argument.
    BS_MESSAGE_ORDINAL_CASE = 4,
} bs_message_item;

/// Receives one item of a message: the argument's name, the case (NULL for an argument) and the
/// item's offset in UTF-16 code units. The strings live only for the call.
typedef void (*bs_message_visitor)(void *context, bs_message_item item, const char *argument,
                                   const char *selector, int32_t offset);

/// Parses `pattern` (UTF-8, `length` bytes) and reports each argument and case to `visit`, in
/// pattern order. Returns 0, or on a syntax error fills `error` and returns its status.
int32_t bs_message_analyze(const char *pattern, int32_t length,
                           bs_message_visitor visit, void *context, bs_syntax_error *error);

/// Compiles `pattern` for the language `tag`; NULL with `error` filled when it does not parse.
bs_message *bs_message_open(const char *tag, const char *pattern, int32_t length,
                            bs_syntax_error *error);
void bs_message_close(bs_message *message);

/// The kinds of argument values.
typedef enum bs_argument_kind {
    BS_ARGUMENT_NUMBER = 0,
    BS_ARGUMENT_STRING = 1,
    /// A date in `number`, in milliseconds since 1970-01-01T00:00:00Z.
    BS_ARGUMENT_DATE = 2,
} bs_argument_kind;

/// One named argument value.
typedef struct bs_message_argument {
    const char *name;
    bs_argument_kind kind;
    double number;
    const char *string;
} bs_message_argument;

/// Formats the message with `count` named arguments.
int32_t bs_message_format(const bs_message *message,
                          const bs_message_argument *arguments, int32_t count,
                          char *buffer, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif
#endif
