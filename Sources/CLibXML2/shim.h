#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its headers would pull the system ICU into every Swift module that
// imports this one, where they clash with Foundation's bundled ICU. smpcheck never uses libxml2's
// ICU-typed API, so hide it.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void smp_xml_free(void *pointer) { xmlFree(pointer); }

/// Silences libxml2's default error printing to stderr: recovered HTML errors are normal on real pages.
static inline void smp_xml_ignore_error(void *context, const char *message, ...) { (void)context; (void)message; }
static inline void smp_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, smp_xml_ignore_error);
}

#endif
