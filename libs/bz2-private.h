/* The functions and data libbz2.so.1.0 exports that bzlib.h does not
 * declare: bzip2 1.0.8's internal ones, with the types its private header
 * (bzlib_private.h, not installed) gives them.  For tools/def-check.sh
 * only (libs/headers.txt).  EState and DState, the compressor's and the
 * decompressor's state, are only pointed to here. */
#include <bzlib.h>

typedef unsigned char Bool;
typedef unsigned char UChar;
typedef int Int32;
typedef unsigned int UInt32;
typedef struct bz2_EState EState;
typedef struct bz2_DState DState;

extern Int32 BZ2_rNums[512];
extern UInt32 BZ2_crc32Table[256];

extern void BZ2_bz__AssertH__fail(int errcode);
extern void BZ2_blockSort(EState *);
extern void BZ2_compressBlock(EState *, Bool);
extern void BZ2_bsInitWrite(EState *);
extern void BZ2_hbAssignCodes(Int32 *, UChar *, Int32, Int32, Int32);
extern void BZ2_hbMakeCodeLengths(UChar *, Int32 *, Int32, Int32);
extern Int32 BZ2_indexIntoF(Int32, Int32 *);
extern Int32 BZ2_decompress(DState *);
extern void BZ2_hbCreateDecodeTables(Int32 *, Int32 *, Int32 *, UChar *, Int32, Int32, Int32);
