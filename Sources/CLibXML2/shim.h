// Debian builds libxml2 with ICU, so <libxml/encoding.h> would pull in ICU's headers, which clash
// with the ICU inside Foundation ("'UErrorCode' has different definitions in different modules",
// on clean builds only). Broadside never uses libxml2's ICU members, so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpathInternals.h>

/// `xmlFree` is a global function pointer, which Swift 6 cannot call safely; this can.
static inline void broadside_xml_free(void *pointer) { xmlFree(pointer); }
