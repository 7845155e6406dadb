package org.whatmatters.backend.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times between two moments, collected for many people, in days (or minutes); the median and the
 * 90th percentile (nearest rank), to one decimal.
 */
final class Durations {

    private final List<Double> days = new ArrayList<>();
    private final double secondsPerUnit;

    private Durations(double secondsPerUnit) {
        this.secondsPerUnit = secondsPerUnit;
    }

    static Durations inDays() {
        return new Durations(86_400.0);
    }

    static Durations inMinutes() {
        return new Durations(60.0);
    }

    void add(Instant from, Instant to) {
        if (from != null && to != null && !to.isBefore(from)) {
            days.add(Duration.between(from, to).toSeconds() / secondsPerUnit);
        }
    }

    Suppression.Statistic median() {
        return percentile(50);
    }

    Suppression.Statistic p90() {
        return percentile(90);
    }

    /**
     * Nearest rank: the smallest value with at least {@code percent}% of the values at or below it;
     * one decimal.
     */
    Suppression.Statistic percentile(int percent) {
        if (days.isEmpty()) {
            return new Suppression.Statistic(null, 0);
        }
        List<Double> sorted = new ArrayList<>(days);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        double value = sorted.get(Math.max(rank, 1) - 1);
        return new Suppression.Statistic(Math.round(value * 10) / 10.0, sorted.size());
    }
}
