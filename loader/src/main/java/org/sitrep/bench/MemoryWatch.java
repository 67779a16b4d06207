package org.sitrep.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap and resident memory over a phase: the peak heap in use (sampled every 20 ms), the largest
 * heap still live after a garbage collection (what the load really keeps: it must stay flat as
 * the corpus grows), and the peak resident set size from {@code /proc/self/status} (VmHWM, reset
 * at the start of the phase through {@code /proc/self/clear_refs} where the kernel allows it).
 */
final class MemoryWatch implements AutoCloseable {

    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final AtomicLong windowLiveAfterGc = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final NotificationListener gcListener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long live = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
            liveAfterGc.accumulateAndGet(live, Math::max);
            windowLiveAfterGc.accumulateAndGet(live, Math::max);
        }
    };
    private final Thread sampler;
    private final boolean residentReset;
    private volatile boolean running = true;

    MemoryWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(gcListener, null, null);
        }
        residentReset = resetResidentPeak();
        sampler = new Thread(() -> {
            while (running) {
                peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "sitrep-memory-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    long peakHeapBytes() {
        return peakHeap.get();
    }

    /**
     * The largest live heap seen after a collection. A phase too short to have collected at all
     * gets one full collection at its end, so the figure is always measured, never zero.
     */
    long maxLiveHeapAfterGcBytes() {
        if (liveAfterGc.get() == 0) {
            System.gc();
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (liveAfterGc.get() == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // the collection's notification arrives on another thread
            }
        }
        return liveAfterGc.get();
    }

    /** The largest live heap after GC since the last call (one point of the flatness curve). */
    long takeWindowLiveHeap() {
        return windowLiveAfterGc.getAndSet(0);
    }

    /** True when the resident peak was reset at the start, false when it counts from JVM start. */
    boolean residentPeakIsForThisPhase() {
        return residentReset;
    }

    static long maxHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    /** VmHWM, the peak resident set size, in bytes; -1 where /proc is not available. */
    static long peakResidentBytes() {
        return procStatus("VmHWM:");
    }

    /** RssAnon: resident memory that is not a mapped file (heap, stacks, native allocations). */
    static long residentAnonymousBytes() {
        return procStatus("RssAnon:");
    }

    private static long procStatus(String field) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/self/status"));
            for (String line : lines) {
                if (line.startsWith(field)) {
                    String[] parts = line.substring(field.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static boolean resetResidentPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(gcListener);
            } catch (javax.management.ListenerNotFoundException e) {
                // not registered on this collector: nothing to remove
            }
        }
    }
}
