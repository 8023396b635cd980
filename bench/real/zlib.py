# python3's zlib module on 8 MB of text: compress at two levels, stream
# decompress, checksums.  Nearly all the time is in libz (bench "py-zlib"
# rows: with ferry's --thunk zlib, the host's libz does it).
import sys, zlib
data = open(sys.argv[1], "rb").read()
out = []
for level in (1, 6):
    c = zlib.compress(data, level)
    d = zlib.decompressobj()
    back = b"".join(d.decompress(c[i:i + 65536]) for i in range(0, len(c), 65536)) + d.flush()
    out.append("%d %d %s" % (level, len(c), back == data))
out.append("%d %d" % (zlib.crc32(data), zlib.adler32(data)))
print("\n".join(out))
