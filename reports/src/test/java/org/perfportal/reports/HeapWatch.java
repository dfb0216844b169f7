package org.perfportal.reports;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * The live heap of a render: the largest heap occupancy measured right after a garbage
 * collection (what survived, not garbage waiting), summed over the heap pools. A document that
 * held all its rows or pages would show them here.
 */
public final class HeapWatch {

    private HeapWatch() {
    }

    /** Forgets earlier peaks; call before the render measured. */
    public static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * Collects and reads the heap left in use: call from the render's progress to sample it mid-way.
     *
     * @return bytes in use after a full collection
     */
    public static long liveNow() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                MemoryUsage usage = pool.getUsage();
                used += usage.getUsed();
            }
        }
        return used;
    }
}
