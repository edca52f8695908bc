package cn.sz.dataexchange.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Inputs for the property tests, drawn from a {@link SplittableRandom} with a fixed seed. Case {@code i} of a
 * property uses seed {@code base + i}: every run tries the same cases, and a failing case (whose description
 * starts with its seed) is rebuilt alone with {@code new SeededGenerator(seed)}.
 *
 * <p>Numbers are spread over magnitudes (a value below 100 is as likely as one near the top of a wide range)
 * and one draw in ten is a bound of the range, zero or one, as a property-testing library would do. Each
 * property also lists its edge cases explicitly.
 */
public final class SeededGenerator {

    private final long seed;
    private final SplittableRandom random;

    public SeededGenerator(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** {@code count} cases, case {@code i} generated from seed {@code baseSeed + i}. */
    public static <T> Stream<T> cases(long baseSeed, int count, Function<SeededGenerator, T> generate) {
        return LongStream.range(0, count).mapToObj(i -> generate.apply(new SeededGenerator(baseSeed + i)));
    }

    /** Where a case comes from, for its description: "seed 123". */
    public String origin() {
        return "seed " + seed;
    }

    public long seed() {
        return seed;
    }

    /** A value in {@code [min, max]}, both included; {@code min} must be greater than {@code Long.MIN_VALUE}. */
    public long longBetween(long min, long max) {
        if (min > max || min == Long.MIN_VALUE) {
            throw new IllegalArgumentException("need Long.MIN_VALUE < min <= max, was " + min + ".." + max);
        }
        if (random.nextInt(10) == 0) {
            return edge(min, max);
        }
        if (min >= 0) {
            return min + upTo(max - min);
        }
        if (max <= 0) {
            return max - upTo(max - min);
        }
        return random.nextBoolean() ? upTo(max) : -upTo(-min);
    }

    public int intBetween(int min, int max) {
        return Math.toIntExact(longBetween(min, max));
    }

    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    /** Uniform in {@code [0, bound)}, without the bias toward edges and small values of {@link #intBetween}. */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Any long, uniformly: 64 random bits. */
    public long nextLong() {
        return random.nextLong();
    }

    @SafeVarargs
    public final <T> T oneOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** A list of {@code minSize} to {@code maxSize} elements; short lists and the size bounds come up often. */
    public <T> List<T> listOf(int minSize, int maxSize, Supplier<T> element) {
        int size = intBetween(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /** {@code length} letters from a to z. */
    public String lowercase(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    /** A value in {@code [0, bound]} whose bit length is uniform, so small values are as likely as large ones. */
    private long upTo(long bound) {
        int bits = random.nextInt(65 - Long.numberOfLeadingZeros(bound));
        long value = bits == 0 ? 0 : random.nextLong() >>> (64 - bits);
        return value <= bound ? value : random.nextLong(bound + 1);
    }

    private long edge(long min, long max) {
        List<Long> edges = new ArrayList<>(List.of(min, max));
        for (long candidate : new long[] {min + 1, max - 1, -1, 0, 1}) {
            if (candidate >= min && candidate <= max) {
                edges.add(candidate);
            }
        }
        return edges.get(random.nextInt(edges.size()));
    }
}
