package cn.sz.dataexchange.api.delivery.application;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an asset, from an HTTP {@code Range} header (RFC 9110 §14): {@code bytes=a-b},
 * {@code bytes=a-} or {@code bytes=-n}. Several ranges are not served.
 */
public record ByteRange(long start, long endInclusive, boolean partial) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    public long length() {
        return endInclusive - start + 1;
    }

    /** The whole asset. */
    public static ByteRange whole(long size) {
        return new ByteRange(0, size - 1, false);
    }

    /** The range the header asks for within {@code size} bytes; empty if it cannot be satisfied. */
    public static Optional<ByteRange> parse(String header, long size) {
        if (header == null || header.isBlank()) {
            return Optional.of(whole(size));
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty()) || size == 0) {
            return Optional.empty();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                return suffix == 0 ? Optional.empty()
                        : Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, true));
            }
            long start = Long.parseLong(m.group(1));
            long end = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            return start >= size || end < start ? Optional.empty() : Optional.of(new ByteRange(start, end, true));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }
}
