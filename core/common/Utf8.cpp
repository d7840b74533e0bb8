#include "common/Utf8.h"

#include <cstdint>
#include <cstring>

namespace mqkit {

// Length of the valid UTF-8 sequence starting at s (1..4), 0 if the byte there cannot start
// one, -1 if a valid start is cut off by the end of the buffer.
int utf8SequenceLength(const unsigned char* s, qsizetype left) {
    const unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    int extra = 0;
    unsigned int cp = 0;
    if ((c & 0xE0) == 0xC0) {
        extra = 1;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        cp = c & 0x07;
    } else {
        return 0;
    }
    for (int k = 1; k <= extra; ++k) {
        if (k >= left)
            return -1;
        if ((s[k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[k] & 0x3F);
    }
    if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000))
        return 0; // overlong
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return extra + 1;
}

bool isValidUtf8(const char* data, qsizetype size) {
    const auto* s = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < size) {
        // ASCII fast path, eight bytes at a time: most payloads are plain text.
        if (size - i >= 8) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const int n = utf8SequenceLength(s + i, size - i);
        if (n <= 0)
            return false;
        i += n;
    }
    return true;
}

} // namespace mqkit
