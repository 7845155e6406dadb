package org.whatmatters.backend.alert;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.whatmatters.notifications.delivery.DeliveryChannel;

/**
 * The threads alert sends run on: a bounded pool and queue per channel ({@link
 * AlertSendingSettings}), apart from the scheduler's threads, so a slow provider on one channel
 * delays only that channel's sends. What is handed over is already recorded (a SENDING attempt), so
 * a send lost with the process, or refused by a full queue, is made again.
 */
@Singleton
class AlertLanes {

    private final Map<DeliveryChannel, ThreadPoolExecutor> lanes =
            new EnumMap<>(DeliveryChannel.class);

    AlertLanes(AlertSendingSettings settings) {
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            AtomicInteger count = new AtomicInteger();
            String name = "alert-send-" + channel.name().toLowerCase() + "-";
            lanes.put(
                    channel,
                    new ThreadPoolExecutor(
                            settings.threadsPerChannel(),
                            settings.threadsPerChannel(),
                            1,
                            TimeUnit.MINUTES,
                            new ArrayBlockingQueue<>(settings.queuePerChannel()),
                            work -> {
                                Thread thread = new Thread(work, name + count.incrementAndGet());
                                thread.setDaemon(true);
                                return thread;
                            },
                            new ThreadPoolExecutor.AbortPolicy()));
            lanes.get(channel).allowCoreThreadTimeOut(true);
        }
    }

    /**
     * False when the channel's queue is full (the attempt stays SENDING and is made again later).
     */
    boolean submit(DeliveryChannel channel, Runnable send) {
        try {
            lanes.get(channel).execute(send);
            return true;
        } catch (RejectedExecutionException full) {
            return false;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        lanes.values().forEach(ThreadPoolExecutor::shutdown);
        for (ThreadPoolExecutor lane : lanes.values()) {
            lane.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
