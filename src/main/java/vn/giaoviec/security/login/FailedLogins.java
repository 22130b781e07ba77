package vn.giaoviec.security.login;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Failed logins counted per client address and per client address and user name, in fixed windows
 * that start at the first failure. Kept in this node's memory: each node of a cluster counts the
 * requests it served. Times come from the engine clock, the one Camunda's own login delays use.
 */
@Component
class FailedLogins {

    /** Above this many counted keys, finished windows are dropped before a new one is added. */
    private static final int PRUNE_ABOVE = 10_000;
    /** ACT_ID_USER.ID_ holds 64 characters; longer names are no user's. */
    static final int MAX_USER_CHARS = 64;

    private final LoginThrottleProperties limits;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    FailedLogins(LoginThrottleProperties limits) {
        this.limits = limits;
    }

    /** How long the client must still wait before it may try to log in as {@code user}; empty if it may now. */
    Optional<Duration> waitFor(String client, String user) {
        long now = now();
        return Stream.of(wait(clientKey(client), limits.maxFailuresPerClient(), now),
                        wait(pairKey(client, user), limits.maxFailuresPerClientAndUser(), now))
                .flatMap(Optional::stream).max(Duration::compareTo);
    }

    /** Counts a failed password check; true when this failure made the client reach a limit. */
    boolean failed(String client, String user) {
        long now = now();
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(window -> window.isOver(now, limits.window()));
        }
        boolean perClient = count(clientKey(client), now) == limits.maxFailuresPerClient();
        boolean perPair = count(pairKey(client, user), now) == limits.maxFailuresPerClientAndUser();
        return perClient || perPair;
    }

    /** The right password: this client's failures for this user are forgiven (not the others). */
    void succeeded(String client, String user) {
        windows.remove(pairKey(client, user));
    }

    private int count(String key, long now) {
        return windows.compute(key, (k, window) -> window == null || window.isOver(now, limits.window())
                ? new Window(now, 1) : new Window(window.start(), window.failures() + 1)).failures();
    }

    private Optional<Duration> wait(String key, int max, long now) {
        Window window = windows.get(key);
        if (window == null || window.isOver(now, limits.window()) || window.failures() < max) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(window.start() + limits.window().toMillis() - now));
    }

    private static String clientKey(String client) {
        return client;
    }

    /**
     * The user name as typed, cut to the length a Camunda user id can have: a login form may carry a
     * name of megabytes, and each counted key stays in memory for the window (20 per address).
     */
    private static String pairKey(String client, String user) {
        String name = user == null ? "" : user.length() > MAX_USER_CHARS ? user.substring(0, MAX_USER_CHARS) : user;
        return client + "\n" + name;
    }

    private static long now() {
        return ClockUtil.getCurrentTime().getTime();
    }

    /** Failures since {@code start} (epoch milliseconds). */
    private record Window(long start, int failures) {

        /** Over once its length has passed — or if the clock went back before its start. */
        boolean isOver(long now, Duration length) {
            return now < start || now >= start + length.toMillis();
        }
    }
}
