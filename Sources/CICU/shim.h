// Carries ICU's compile and link flags (pkg-config icu-i18n) to the ICUShim target.
// Swift code never imports this module: ICU's names are version-renamed macros, and its
// headers clash with the ICU inside Foundation. Only ICUShim's C/C++ sources include ICU.
#include <unicode/utypes.h>
