package mando.domain.mandala;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A small, fast PNG writer for mandalas: 8-bit RGB (opaque bitmaps) or RGBA, the Sub filter on every row, and its own
 * deflate stream made for flat colours with anti-aliased edges.
 *
 * <p>With the Sub filter a run of equal pixels becomes a run of zero bytes. Those runs are written as deflate matches
 * at distance 1 (258 bytes in 12 bits), everything else as literals with deflate's fixed Huffman code, and the
 * zlib checksum of a run is computed in one step. So each pixel costs one comparison unless it lies on an edge, and
 * the filtered bytes are never stored. This is several times faster than java.util.zip at its fastest level, for
 * files about twice as large (see docs/benchmarks.md); the output depends on nothing but the pixels.
 */
public final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_SUB = 1;
    private static final int ADLER_MOD = 65521;
    private static final int MIN_MATCH = 3;
    private static final int MAX_MATCH = 258;

    /** Fixed Huffman codes (RFC 1951, 3.2.6), bit-reversed as deflate sends them, and their lengths. */
    private static final int[] LITERAL_CODE = new int[256];
    private static final int[] LITERAL_BITS = new int[256];
    /** A whole match of each length at distance 1: length code, its extra bits, and the 5-bit distance code 0. */
    private static final int[] MATCH_CODE = new int[MAX_MATCH + 1];
    private static final int[] MATCH_BITS = new int[MAX_MATCH + 1];
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
        67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};

    static {
        for (int v = 0; v < 256; v++) {
            boolean low = v < 144;
            LITERAL_BITS[v] = low ? 8 : 9;
            LITERAL_CODE[v] = reverse(low ? 0x30 + v : 0x190 + v - 144, LITERAL_BITS[v]);
        }
        for (int length = MIN_MATCH; length <= MAX_MATCH; length++) {
            int i = LENGTH_BASE.length - 1;
            while (LENGTH_BASE[i] > length) {
                i--;
            }
            int symbol = 257 + i;
            int bits = symbol < 280 ? 7 : 8;
            int code = reverse(symbol < 280 ? symbol - 256 : 0xC0 + symbol - 280, bits);
            code |= (length - LENGTH_BASE[i]) << bits;
            bits += LENGTH_EXTRA[i];
            MATCH_CODE[length] = code; // followed by distance code 0: five zero bits
            MATCH_BITS[length] = bits + 5;
        }
    }

    private PngEncoder() {
    }

    public static byte[] encode(Bitmap bitmap) {
        int width = bitmap.width();
        int height = bitmap.height();
        int channels = bitmap.opaque() ? 3 : 4;
        Output out = new Output(1024 + width * height / 4);
        out.bytes(SIGNATURE);

        int ihdr = out.startChunk("IHDR");
        out.int32(width);
        out.int32(height);
        out.bytes(new byte[] {8, (byte) (channels == 3 ? 2 : 6), 0, 0, 0});
        out.endChunk(ihdr);

        int idat = out.startChunk("IDAT");
        out.bytes(new byte[] {0x78, 0x01}); // zlib header: deflate, 32 KiB window, fastest
        out.bits(0b011, 3); // one final block with the fixed Huffman code
        Adler adler = new Adler();
        int[] argb = bitmap.argb();
        for (int y = 0; y < height; y++) {
            out.literal(FILTER_SUB);
            adler.add(FILTER_SUB);
            int row = y * width;
            int previous = 0;
            int x = 0;
            while (x < width) {
                int p = argb[row + x];
                if (x > 0 && p == previous) {
                    int start = x;
                    do {
                        x++;
                    } while (x < width && argb[row + x] == previous);
                    int zeros = (x - start) * channels;
                    out.zeros(zeros);
                    adler.addZeros(zeros);
                } else {
                    int r = ((p >> 16) - (previous >> 16)) & 0xFF;
                    int g = ((p >> 8) - (previous >> 8)) & 0xFF;
                    int b = (p - previous) & 0xFF;
                    out.literal(r);
                    out.literal(g);
                    out.literal(b);
                    adler.add(r);
                    adler.add(g);
                    adler.add(b);
                    if (channels == 4) {
                        int a = ((p >>> 24) - (previous >>> 24)) & 0xFF;
                        out.literal(a);
                        adler.add(a);
                    }
                    previous = p;
                    x++;
                }
            }
            adler.reduce();
        }
        out.bits(0, 7); // end of block: symbol 256
        out.alignToByte();
        out.int32(adler.value());
        out.endChunk(idat);

        out.endChunk(out.startChunk("IEND"));
        return out.toByteArray();
    }

    private static int reverse(int code, int bits) {
        return Integer.reverse(code) >>> (32 - bits);
    }

    /** zlib's Adler-32, reduced lazily: between reductions a and b stay far below a long's range. */
    private static final class Adler {
        private long a = 1;
        private long b;

        void add(int v) {
            a += v;
            b += a;
        }

        /** k zero bytes leave a as it is and add a to b k times. */
        void addZeros(int k) {
            b += (long) k * a;
            reduce();
        }

        void reduce() {
            a %= ADLER_MOD;
            b %= ADLER_MOD;
        }

        int value() {
            reduce();
            return (int) (b << 16 | a);
        }
    }

    /** A growable byte array with a deflate bit writer; chunks are written in place and their CRC filled in at the end. */
    private static final class Output {
        private byte[] buffer;
        private int size;
        private long bitBuffer;
        private int bitCount;

        Output(int capacity) {
            buffer = new byte[capacity];
        }

        void literal(int v) {
            bits(LITERAL_CODE[v], LITERAL_BITS[v]);
        }

        /** A run of zero bytes: the first as a literal (the byte before it may not be zero), the rest as matches. */
        void zeros(int count) {
            literal(0);
            int left = count - 1;
            while (left >= MIN_MATCH) {
                // Never leave one or two bytes over, which no match could cover.
                int length = left <= MAX_MATCH ? left : Math.min(MAX_MATCH, left - MIN_MATCH);
                bits(MATCH_CODE[length], MATCH_BITS[length]);
                left -= length;
            }
            for (; left > 0; left--) {
                literal(0);
            }
        }

        /** Appends {@code count} bits, least significant first, as deflate packs them. */
        void bits(int value, int count) {
            bitBuffer |= (long) value << bitCount;
            bitCount += count;
            if (bitCount >= 32) {
                ensure(4);
                buffer[size++] = (byte) bitBuffer;
                buffer[size++] = (byte) (bitBuffer >>> 8);
                buffer[size++] = (byte) (bitBuffer >>> 16);
                buffer[size++] = (byte) (bitBuffer >>> 24);
                bitBuffer >>>= 32;
                bitCount -= 32;
            }
        }

        void alignToByte() {
            while (bitCount > 0) {
                ensure(1);
                buffer[size++] = (byte) bitBuffer;
                bitBuffer >>>= 8;
                bitCount = Math.max(0, bitCount - 8);
            }
            bitBuffer = 0;
        }

        void bytes(byte[] data) {
            ensure(data.length);
            System.arraycopy(data, 0, buffer, size, data.length);
            size += data.length;
        }

        void int32(int v) {
            ensure(4);
            buffer[size++] = (byte) (v >>> 24);
            buffer[size++] = (byte) (v >>> 16);
            buffer[size++] = (byte) (v >>> 8);
            buffer[size++] = (byte) v;
        }

        /** Reserves the length, writes the type, and returns where the chunk starts. */
        int startChunk(String type) {
            int start = size;
            int32(0);
            bytes(type.getBytes(StandardCharsets.US_ASCII));
            return start;
        }

        void endChunk(int start) {
            int length = size - start - 8;
            CRC32 crc = new CRC32();
            crc.update(buffer, start + 4, length + 4);
            int end = size;
            size = start;
            int32(length);
            size = end;
            int32((int) crc.getValue());
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }
    }
}
