package cn.sz.dataexchange.api.web;

import java.nio.ByteBuffer;
import org.springframework.core.io.buffer.DataBuffer;

/** Well-formedness of UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates, nothing above U+10FFFF. */
public final class Utf8 {

    private Utf8() {
    }

    /** The offset of the first byte that breaks well-formed UTF-8 in the buffer's readable bytes, or -1. */
    public static int firstMalformedByte(DataBuffer buffer) {
        int length = buffer.readableByteCount();
        byte[] bytes = new byte[length];
        buffer.toByteBuffer(buffer.readPosition(), ByteBuffer.wrap(bytes), 0, length);
        return firstMalformedByte(bytes, length);
    }

    /** The offset of the first byte that breaks well-formed UTF-8 in {@code bytes[0..length)}, or -1. */
    public static int firstMalformedByte(byte[] bytes, int length) {
        int i = 0;
        while (i < length) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int continuation;
            int low = 0x80;
            int high = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                continuation = 1;
            } else if (b == 0xe0) {
                continuation = 2;
                low = 0xa0;
            } else if (b == 0xed) {
                continuation = 2;
                high = 0x9f;
            } else if (b >= 0xe1 && b <= 0xef) {
                continuation = 2;
            } else if (b == 0xf0) {
                continuation = 3;
                low = 0x90;
            } else if (b >= 0xf1 && b <= 0xf3) {
                continuation = 3;
            } else if (b == 0xf4) {
                continuation = 3;
                high = 0x8f;
            } else {
                return i;
            }
            if (i + continuation >= length) {
                return i;
            }
            int second = bytes[i + 1] & 0xff;
            if (second < low || second > high) {
                return i;
            }
            for (int k = 2; k <= continuation; k++) {
                int next = bytes[i + k] & 0xff;
                if (next < 0x80 || next > 0xbf) {
                    return i;
                }
            }
            i += continuation + 1;
        }
        return -1;
    }
}
