package org.whatmatters.backend.schedule;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Due work that only counts its runs per piece of data, across every context in the JVM (the test's
 * instances).
 */
@Singleton
@Requires(property = "test.counting-due-work", value = "true")
class CountingWork implements DueWork {

    static final String KIND = "test-count";
    static final Map<String, Integer> RUNS = new ConcurrentHashMap<>();
    static final Map<String, String> RUN_BY = new ConcurrentHashMap<>();

    private final String instance;

    CountingWork(@Value("${test.instance-name}") String instance) {
        this.instance = instance;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(String data) {
        RUNS.merge(data, 1, Integer::sum);
        RUN_BY.put(data, instance);
    }
}
