package cn.sz.dataexchange.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** Reads one small file out of an image tar (the `docker save` layout Jib writes) without unpacking the layers. */
final class ImageTar {

    private static final int BLOCK = 512;

    private ImageTar() {
    }

    static Optional<String> read(Path tar, String wanted) {
        try (FileChannel channel = FileChannel.open(tar, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(BLOCK);
            long position = 0;
            while (position + BLOCK <= channel.size()) {
                header.clear();
                channel.read(header, position);
                byte[] h = header.array();
                if (h[0] == 0) {
                    return Optional.empty();
                }
                String name = field(h, 345, 155).isEmpty() ? field(h, 0, 100) : field(h, 345, 155) + "/" + field(h, 0, 100);
                long size = size(h);
                if (name.equals(wanted) || name.equals("./" + wanted)) {
                    ByteBuffer content = ByteBuffer.allocate(Math.toIntExact(size));
                    channel.read(content, position + BLOCK);
                    return Optional.of(new String(content.array(), StandardCharsets.UTF_8));
                }
                position += BLOCK + (size + BLOCK - 1) / BLOCK * BLOCK;
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8).trim();
    }

    private static long size(byte[] header) {
        if ((header[124] & 0x80) != 0) {
            long size = 0;
            for (int i = 125; i < 136; i++) {
                size = (size << 8) | (header[i] & 0xff);
            }
            return size;
        }
        String octal = field(header, 124, 12);
        return octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
    }
}
