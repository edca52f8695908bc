package cn.sz.dataexchange.api.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import reactor.blockhound.BlockHound;

/**
 * Installs BlockHound when the test JVM starts, before any Reactor or Netty thread exists: a
 * blocking call (file or socket I/O, sleeps, locks, {@code block()}) on an event-loop or
 * parallel-scheduler thread fails the request that made it, so a slip surfaces as a failing test
 * instead of a stalled server. Registered as a JUnit launcher session listener.
 */
public final class BlockingGuard implements LauncherSessionListener {

    private static boolean installed;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        install();
    }

    public static synchronized void install() {
        if (installed) {
            return;
        }
        BlockHound.install(builder -> builder
                // Class loading and one-time initialisation read jars; that is not request work.
                .allowBlockingCallsInside("java.lang.ClassLoader", "loadClass")
                .allowBlockingCallsInside("java.security.SecureRandom", "nextBytes")
                .allowBlockingCallsInside("java.util.UUID", "randomUUID")
                // Netty 4.2's adaptive allocator takes a short internal lock when it grows its magazines
                // under contention (seen when a large request body is written); not request work.
                .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines")
                // Spring's SubscriberInputStream hands buffers from the event loop to a worker thread through
                // a queue bounded by its own demand: offer never waits for space, it only takes the queue's
                // lock for a moment (uploads parsed as streams: consent imports, fingerprint files).
                .allowBlockingCallsInside("org.springframework.core.io.buffer.SubscriberInputStream", "onNext")
                // resilience4j's rate limiter backs off for a nanosecond when two requests of one client race
                // on its compare-and-set (concurrent commands of one caller).
                .allowBlockingCallsInside("io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter", "compareAndSet")
                // Jackson builds a type's deserializer once, under a lock, when two requests need it first at once.
                .allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache", "_createAndCacheValueDeserializer")
                // Hibernate Validator reads its message bundle once, on the first failed validation.
                .allowBlockingCallsInside("org.hibernate.validator.resourceloading.PlatformResourceBundleLocator",
                        "loadBundle"));
        installed = true;
    }
}
