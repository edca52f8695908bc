package cn.sz.dataexchange.api.support;

import reactor.blockhound.BlockHound;

/**
 * Installs BlockHound once per test JVM: a blocking call (file or socket I/O, sleeps, locks,
 * {@code block()}) on an event-loop or parallel-scheduler thread fails the request that made it,
 * so a slip surfaces as a failing test instead of a stalled server.
 */
public final class BlockingGuard {

    private static boolean installed;

    private BlockingGuard() {
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
                // Hibernate Validator reads its message bundle once, on the first failed validation.
                .allowBlockingCallsInside("org.hibernate.validator.resourceloading.PlatformResourceBundleLocator",
                        "loadBundle"));
        installed = true;
    }
}
