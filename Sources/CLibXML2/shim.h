#ifndef WINNOW_CLIBXML2_SHIM_H
#define WINNOW_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU and its encoding.h would include the system ICU headers,
   which clash with the ICU copy inside Foundation. winnow hands libxml2 UTF-8 only. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>

/* xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state. */
static inline void wn_xml_free(void *p) { xmlFree(p); }
#endif
