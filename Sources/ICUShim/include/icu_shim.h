#ifndef BROADSIDE_ICU_SHIM_H
#define BROADSIDE_ICU_SHIM_H
// Broadside's only door to ICU. Plain C types only: no ICU type or header crosses it.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes ICU's version ("72.1") into `buffer`; returns its length.
int32_t bs_icu_version(char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
