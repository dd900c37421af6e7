#include "CTesseractShim.h"

#include <dlfcn.h>
#include <stdio.h>

/// Looks up one symbol; on failure names it in `message`.
static int resolve(void *library, const char *name, void **slot, char *message, size_t capacity) {
    *slot = dlsym(library, name);
    if (*slot == NULL) {
        snprintf(message, capacity, "the OCR library lacks %s (an older version?)", name);
        return -1;
    }
    return 0;
}

/// Opens a library by name, RTLD_LOCAL so its symbols never clash with anything the process links.
static void *open_library(const char *name, char *message, size_t capacity) {
    void *library = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) snprintf(message, capacity, "cannot load %s", name);
    return library;
}

#define RESOLVE(library, name)                                                                      \
    if (resolve(library, #name, (void **)&functions->name, message, capacity) != 0) return -1;

int smp_ocr_load(const char *leptonica, const char *tesseract, SMPOCRFunctions *functions, char *message,
                 size_t capacity) {
    void *lept = open_library(leptonica, message, capacity);
    if (lept == NULL) return -1;
    void *tess = open_library(tesseract, message, capacity);
    if (tess == NULL) return -1;
    RESOLVE(lept, pixReadMem)
    RESOLVE(lept, pixReadHeaderMem)
    RESOLVE(lept, pixConvertTo8)
    RESOLVE(lept, pixBackgroundNormSimple)
    RESOLVE(lept, pixSauvolaBinarize)
    RESOLVE(lept, pixOtsuAdaptiveThreshold)
    RESOLVE(lept, pixConvertTo1)
    RESOLVE(lept, pixFindSkew)
    RESOLVE(lept, pixRotate)
    RESOLVE(lept, pixScale)
    RESOLVE(lept, pixGetWidth)
    RESOLVE(lept, pixGetHeight)
    RESOLVE(lept, pixDestroy)
    RESOLVE(lept, setMsgSeverity)
    RESOLVE(tess, TessBaseAPICreate)
    RESOLVE(tess, TessBaseAPIInit3)
    RESOLVE(tess, TessBaseAPISetVariable)
    RESOLVE(tess, TessBaseAPISetPageSegMode)
    RESOLVE(tess, TessBaseAPISetImage2)
    RESOLVE(tess, TessBaseAPISetSourceResolution)
    RESOLVE(tess, TessBaseAPIRecognize)
    RESOLVE(tess, TessBaseAPIGetIterator)
    RESOLVE(tess, TessResultIteratorGetUTF8Text)
    RESOLVE(tess, TessResultIteratorConfidence)
    RESOLVE(tess, TessResultIteratorNext)
    RESOLVE(tess, TessResultIteratorGetPageIteratorConst)
    RESOLVE(tess, TessPageIteratorIsAtBeginningOf)
    RESOLVE(tess, TessPageIteratorBoundingBox)
    RESOLVE(tess, TessResultIteratorDelete)
    RESOLVE(tess, TessDeleteText)
    RESOLVE(tess, TessBaseAPIEnd)
    RESOLVE(tess, TessBaseAPIDelete)
    return 0;
}
