package cn.sz.dataexchange.api.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong client secrets counted per source address and per (client, source address), in fixed
 * windows. Only failures count, so someone who knows a client id cannot lock its owner out from
 * elsewhere; and a source that keeps failing (whether the client ids it tries exist or not) is
 * refused before any secret hashing, which bounds what unknown ids cost. IPv6 sources are
 * counted by their /64 network, which one host usually holds whole.
 */
public class FailedAuthentications {

    /** Beyond this many tracked sources, expired windows are dropped, then the oldest ones. */
    static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final Duration window;
    private final int perSource;
    private final int perClientAndSource;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public FailedAuthentications(Clock clock, Duration window, int perSource, int perClientAndSource) {
        this.clock = clock;
        this.window = window;
        this.perSource = perSource;
        this.perClientAndSource = perClientAndSource;
    }

    /** Seconds until this source may try again, or 0 when it may try now. */
    public long sourceBlockedFor(String source) {
        return blockedFor("s|" + source, perSource);
    }

    /** Seconds until this source may try this client again, or 0. */
    public long clientBlockedFor(String clientId, String source) {
        return blockedFor("c|" + clientId + "|" + source, perClientAndSource);
    }

    /** Records a wrong secret from {@code source}, for {@code clientId} when it names a known client. */
    public void failed(String source, String clientIdOrNull) {
        long now = clock.millis();
        count("s|" + source, now);
        if (clientIdOrNull != null) {
            count("c|" + clientIdOrNull + "|" + source, now);
        }
        if (windows.size() > MAX_TRACKED) {
            evict(now);
        }
    }

    /** The key a remote address is counted under. */
    public static String sourceOf(InetSocketAddress remote) {
        if (remote == null) {
            return "unknown";
        }
        InetAddress address = remote.getAddress();
        if (address == null) {
            return remote.getHostString();
        }
        if (address instanceof Inet6Address) {
            byte[] network = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return address.getHostAddress();
    }

    private long blockedFor(String key, int limit) {
        Window w = windows.get(key);
        long now = clock.millis();
        if (w == null || w.expired(now, window) || w.count < limit) {
            return 0;
        }
        return Math.max(1, (w.start + window.toMillis() - now + 999) / 1000);
    }

    private void count(String key, long now) {
        windows.compute(key, (k, w) -> w == null || w.expired(now, window) ? new Window(now, 1) : new Window(w.start, w.count + 1));
    }

    private void evict(long now) {
        windows.entrySet().removeIf(e -> e.getValue().expired(now, window));
        if (windows.size() > MAX_TRACKED) {
            windows.entrySet().stream()
                    .sorted(java.util.Comparator.comparingLong(e -> e.getValue().start))
                    .limit(windows.size() - MAX_TRACKED / 2)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(windows::remove);
        }
    }

    private record Window(long start, int count) {
        boolean expired(long now, Duration length) {
            return now - start >= length.toMillis();
        }
    }
}
