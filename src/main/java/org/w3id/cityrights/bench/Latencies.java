package org.w3id.cityrights.bench;

import java.util.Arrays;

/** Response times of one query in nanoseconds, kept in full (a run holds at most its request cap). */
final class Latencies {
    private long[] values = new long[1024];
    private int size;
    private long errors;
    private long bytes;

    void add(long nanos, long responseBytes) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = nanos;
        bytes += responseBytes;
    }

    void error() { errors++; }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) add(other.values[i], 0);
        bytes += other.bytes;
        errors += other.errors;
    }

    int count() { return size; }
    long errors() { return errors; }
    long bytes() { return bytes; }

    /** Nearest-rank percentile in milliseconds. */
    double percentileMillis(double p) {
        if (size == 0) return Double.NaN;
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }
}
