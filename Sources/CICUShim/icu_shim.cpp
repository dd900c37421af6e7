// A few ICU calls behind a plain C interface. The normalizer instances are ICU-owned singletons,
// thread-safe for concurrent use, so no state lives here.
#include "CICUShim.h"

#include <string>
#include <unicode/normalizer2.h>
#include <unicode/bytestream.h>
#include <unicode/stringpiece.h>
#include <unicode/uniset.h>
#include <unicode/utf8.h>
#include <unicode/uchar.h>

using icu::Normalizer2;

namespace {

int32_t normalize(const Normalizer2 *normalizer, const uint8_t *source, int32_t length,
                  std::string &out) {
    UErrorCode status = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&out, length + 16);
    normalizer->normalizeUTF8(0, icu::StringPiece(reinterpret_cast<const char *>(source), length),
                              sink, nullptr, status);
    return U_FAILURE(status) ? -1 : 0;
}

// Drops combining marks (general category M) after canonical decomposition, so that accented
// spellings on translated labels meet their plain INCI forms.
void stripMarks(const std::string &input, std::string &out) {
    UErrorCode status = U_ZERO_ERROR;
    const Normalizer2 *nfd = Normalizer2::getNFDInstance(status);
    std::string decomposed;
    if (U_FAILURE(status) || normalize(nfd, reinterpret_cast<const uint8_t *>(input.data()),
                                       (int32_t)input.size(), decomposed) != 0) {
        out = input;
        return;
    }
    out.clear();
    out.reserve(decomposed.size());
    const char *s = decomposed.data();
    int32_t i = 0, n = (int32_t)decomposed.size();
    while (i < n) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, n, c);
        int8_t type = u_charType(c);
        if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK) continue;
        out.append(s + start, i - start);
    }
}

int32_t copyOut(const std::string &result, uint8_t *destination, int32_t capacity) {
    int32_t size = (int32_t)result.size();
    if (size <= capacity) result.copy(reinterpret_cast<char *>(destination), size);
    return size;
}

} // namespace

extern "C" int32_t smp_icu_fold_utf8(const uint8_t *source, int32_t length,
                                     uint8_t *destination, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const Normalizer2 *fold = Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) return -1;
    std::string folded, plain;
    if (normalize(fold, source, length, folded) != 0) return -1;
    stripMarks(folded, plain);
    return copyOut(plain, destination, capacity);
}
