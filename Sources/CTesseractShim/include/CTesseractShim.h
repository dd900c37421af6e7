#ifndef CTESSERACTSHIM_H
#define CTESSERACTSHIM_H

// The few functions of Tesseract 5's C API and of Leptonica that smpcheck uses to read a photo,
// declared here rather than taken from their headers: the libraries are opened at run time with
// dlopen, so building smpcheck needs neither them nor their -dev packages.

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Leptonica's image and Tesseract's handles, used only through pointers.
typedef struct Pix SMPPix;
typedef struct TessBaseAPI SMPTessBaseAPI;
typedef struct TessResultIterator SMPTessResultIterator;
typedef struct TessPageIterator SMPTessPageIterator;

/// Tesseract's TessPageIteratorLevel.
enum { SMP_RIL_BLOCK = 0, SMP_RIL_PARA = 1, SMP_RIL_TEXTLINE = 2, SMP_RIL_WORD = 3 };
/// Tesseract's TessPageSegMode values used: automatic layout, one uniform block of text.
enum { SMP_PSM_AUTO = 3, SMP_PSM_SINGLE_BLOCK = 6 };
/// Leptonica's L_SEVERITY_NONE: no messages on stderr for a broken image.
enum { SMP_L_SEVERITY_NONE = 6 };
/// Leptonica's rotation by area mapping, bringing in white at the corners.
enum { SMP_L_ROTATE_AREA_MAP = 1, SMP_L_BRING_IN_WHITE = 1 };

/// The functions, as loaded from the libraries. Every pointer is set when loading succeeded.
typedef struct SMPOCRFunctions {
    // Leptonica
    SMPPix *(*pixReadMem)(const uint8_t *data, size_t size);
    int32_t (*pixReadHeaderMem)(const uint8_t *data, size_t size, int32_t *format, int32_t *width,
                                int32_t *height, int32_t *bitsPerSample, int32_t *samplesPerPixel,
                                int32_t *hasColormap);
    SMPPix *(*pixConvertTo8)(SMPPix *pix, int32_t colormapFlag);
    SMPPix *(*pixBackgroundNormSimple)(SMPPix *pix, SMPPix *imageMask, SMPPix *grey);
    int32_t (*pixSauvolaBinarize)(SMPPix *pix, int32_t halfWindow, float factor, int32_t addBorder,
                                  SMPPix **mean, SMPPix **deviation, SMPPix **threshold, SMPPix **binary);
    int32_t (*pixOtsuAdaptiveThreshold)(SMPPix *pix, int32_t tileWidth, int32_t tileHeight, int32_t smoothX,
                                        int32_t smoothY, float scoreFraction, SMPPix **threshold,
                                        SMPPix **binary);
    SMPPix *(*pixConvertTo1)(SMPPix *pix, int32_t threshold);
    int32_t (*pixFindSkew)(SMPPix *binary, float *angleDegrees, float *confidence);
    SMPPix *(*pixRotate)(SMPPix *pix, float angleRadians, int32_t type, int32_t incolor, int32_t width,
                         int32_t height);
    SMPPix *(*pixScale)(SMPPix *pix, float scaleX, float scaleY);
    int32_t (*pixGetWidth)(const SMPPix *pix);
    int32_t (*pixGetHeight)(const SMPPix *pix);
    void (*pixDestroy)(SMPPix **pix);
    int32_t (*setMsgSeverity)(int32_t severity);
    // Tesseract
    SMPTessBaseAPI *(*TessBaseAPICreate)(void);
    int (*TessBaseAPIInit3)(SMPTessBaseAPI *api, const char *dataPath, const char *language);
    int (*TessBaseAPISetVariable)(SMPTessBaseAPI *api, const char *name, const char *value);
    void (*TessBaseAPISetPageSegMode)(SMPTessBaseAPI *api, int mode);
    void (*TessBaseAPISetImage2)(SMPTessBaseAPI *api, SMPPix *pix);
    void (*TessBaseAPISetSourceResolution)(SMPTessBaseAPI *api, int ppi);
    int (*TessBaseAPIRecognize)(SMPTessBaseAPI *api, void *monitor);
    SMPTessResultIterator *(*TessBaseAPIGetIterator)(SMPTessBaseAPI *api);
    char *(*TessResultIteratorGetUTF8Text)(const SMPTessResultIterator *iterator, int level);
    float (*TessResultIteratorConfidence)(const SMPTessResultIterator *iterator, int level);
    int (*TessResultIteratorNext)(SMPTessResultIterator *iterator, int level);
    const SMPTessPageIterator *(*TessResultIteratorGetPageIteratorConst)(const SMPTessResultIterator *iterator);
    int (*TessPageIteratorIsAtBeginningOf)(const SMPTessPageIterator *iterator, int level);
    int (*TessPageIteratorBoundingBox)(const SMPTessPageIterator *iterator, int level, int *left, int *top,
                                       int *right, int *bottom);
    void (*TessResultIteratorDelete)(SMPTessResultIterator *iterator);
    void (*TessDeleteText)(const char *text);
    void (*TessBaseAPIEnd)(SMPTessBaseAPI *api);
    void (*TessBaseAPIDelete)(SMPTessBaseAPI *api);
} SMPOCRFunctions;

/// Opens Leptonica and Tesseract (`leptonica` and `tesseract` are file names or paths for dlopen, such
/// as "liblept.so.5") and fills `functions`. Returns 0 on success; otherwise writes what is missing,
/// NUL-terminated, to `message` (at most `capacity` bytes) and returns -1. The libraries stay open.
int smp_ocr_load(const char *leptonica, const char *tesseract, SMPOCRFunctions *functions, char *message,
                 size_t capacity);

#ifdef __cplusplus
}
#endif

#endif
