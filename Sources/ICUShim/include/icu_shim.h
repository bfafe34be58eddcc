#ifndef BROADSIDE_ICU_SHIM_H
#define BROADSIDE_ICU_SHIM_H
// Broadside's only door to ICU. Plain C types only: no ICU type or header crosses it.
//
// Conventions shared by every function of the shim:
// - Text goes in and out as UTF-8. Language tags going in are canonical BCP 47 ("zh-Hant").
// - A function that produces text writes it NUL-terminated into the caller's `buffer` when it
//   fits in `capacity` bytes and returns its length in bytes (without the NUL) either way, so a
//   caller whose buffer was too small calls again with `length + 1` bytes.
// - `status` receives 0 on success or ICU's UErrorCode (> 0) on failure; `bs_error_name` names it.
// - Each `_open` returns a handle that the caller frees with the matching `_close`, exactly once.
//   Handles are not safe for concurrent use: the caller serialises access to each one.
#include <stdint.h>

#include "bs_collator.h"
#include "bs_date_format.h"
#include "bs_display_names.h"
#include "bs_message.h"
#include "bs_number_format.h"
#include "bs_plural_rules.h"
#include "bs_tag.h"
#include "bs_text.h"
#include "bs_time_zone.h"
#include "bs_transliterator.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Writes ICU's version ("72.1") into `buffer`; returns its length.
int32_t bs_icu_version(char *buffer, int32_t capacity);

/// ICU's name for a status code, such as "U_ILLEGAL_ARGUMENT_ERROR" (a static string).
const char *bs_error_name(int32_t status);

#ifdef __cplusplus
}
#endif
#endif
