package cn.sz.dataexchange.api.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded servers this JVM runs, one per data directory. A restarted application context in
 * the same JVM finds its server still running (or starts it again after it was stopped).
 */
public final class EmbeddedServers {

    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedServers() {
    }

    static EmbeddedPostgresServer startOrReuse(Path dataDirectory, int port) {
        return RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(),
                directory -> EmbeddedPostgresServer.start(directory, port));
    }

    /** Stops the server on {@code dataDirectory}, if this JVM runs one. */
    public static void stop(Path dataDirectory) {
        EmbeddedPostgresServer server = RUNNING.remove(dataDirectory.toAbsolutePath().normalize());
        if (server != null) {
            server.close();
        }
    }
}
