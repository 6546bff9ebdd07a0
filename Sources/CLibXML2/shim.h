#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its ICU headers clash with Foundation's own
   copy (UErrorCode defined twice). We never touch the ICU-only fields. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
/* xmlFree is a global function-pointer variable, which Swift 6 rejects as
   shared mutable state; a static inline wrapper is a plain function. */
static inline void clx_free(void *p) { xmlFree(p); }
#endif
