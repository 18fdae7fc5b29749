// Prints the words of an ICU break dictionary (thaidict, laodict...) one per line, in UTF-8.
#include <unicode/udata.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>
#include <unicode/bytestrie.h>
#include <unicode/ucharstrie.h>
#include <unicode/unistr.h>
#include <cstdio>
#include <string>
using namespace icu;
// Usage: dump-dictionary thaidict|laodict (the ICU data of the machine, here ICU 72).
int main(int argc, char** argv) {
  UErrorCode status = U_ZERO_ERROR;
  UDataMemory* data = udata_open(U_ICUDATA_NAME "-brkitr", "dict", argv[1], &status);
  if (U_FAILURE(status)) { fprintf(stderr, "open: %s\n", u_errorName(status)); return 1; }
  const int32_t* ix = (const int32_t*)udata_getMemory(data);
  int32_t offset = ix[0], type = ix[4], transform = ix[5];
  const char* base = (const char*)ix;
  if ((type & 7) == 0) { // bytes trie
    BytesTrie::Iterator it(base + offset, 0, status);
    int32_t delta = transform & 0x1fffff;
    while (it.next(status)) {
      StringPiece s = it.getString();
      UnicodeString w;
      for (int i = 0; i < s.size(); i++) {
        uint8_t b = (uint8_t)s.data()[i];
        w.append((UChar32)(b == 0xFF ? 0x200D : b == 0xFE ? 0x200C : delta + b));
      }
      std::string out; w.toUTF8String(out);
      printf("%s\n", out.c_str());
    }
  } else {
    UCharsTrie::Iterator it((const char16_t*)(base + offset), 0, status);
    while (it.next(status)) { std::string out; it.getString().toUTF8String(out); printf("%s\n", out.c_str()); }
  }
  if (U_FAILURE(status)) { fprintf(stderr, "iter: %s\n", u_errorName(status)); return 1; }
  return 0;
}
