package org.rapport.network;

import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;

/**
 * People's ids as dense ints for the graph, both ways: two long arrays and an open-addressing
 * table, about 24 bytes a person. Immutable: {@link #plus} copies, so searches never lock.
 */
final class NodeIndex {
    private final long[] most;
    private final long[] least;
    private final int[] slots;
    private final int size;

    private NodeIndex(long[] most, long[] least, int[] slots, int size) {
        this.most = most;
        this.least = least;
        this.slots = slots;
        this.size = size;
    }

    static NodeIndex of(Collection<UUID> ids) {
        return new NodeIndex(new long[0], new long[0], emptySlots(16), 0).plus(ids);
    }

    int size() {
        return size;
    }

    UUID id(int node) {
        if (node < 0 || node >= size) {
            throw new IndexOutOfBoundsException(node);
        }
        return new UUID(most[node], least[node]);
    }

    /** The node of a person, or -1. */
    int node(UUID id) {
        long m = id.getMostSignificantBits();
        long l = id.getLeastSignificantBits();
        int mask = slots.length - 1;
        for (int s = hash(m, l) & mask; ; s = (s + 1) & mask) {
            int i = slots[s];
            if (i < 0) {
                return -1;
            }
            if (most[i] == m && least[i] == l) {
                return i;
            }
        }
    }

    /** This index with the ids it lacks appended, in the order given. */
    NodeIndex plus(Collection<UUID> ids) {
        int fresh = 0;
        for (UUID id : ids) {
            if (node(id) < 0) {
                fresh++;
            }
        }
        if (fresh == 0) {
            return this;
        }
        int capacity = size + fresh;
        long[] m = Arrays.copyOf(most, capacity);
        long[] l = Arrays.copyOf(least, capacity);
        int[] s = emptySlots(Integer.highestOneBit(Math.max(16, capacity * 2) - 1) * 2);
        var next = new NodeIndex(m, l, s, 0);
        int n = 0;
        for (int i = 0; i < size; i++) {
            next.put(n++);
        }
        for (UUID id : ids) {
            if (next.nodeIn(id, n) < 0) {
                m[n] = id.getMostSignificantBits();
                l[n] = id.getLeastSignificantBits();
                next.put(n++);
            }
        }
        return new NodeIndex(m, l, s, n);
    }

    private int nodeIn(UUID id, int count) {
        int found = node(id);
        return found < count ? found : -1;
    }

    private void put(int i) {
        int mask = slots.length - 1;
        int s = hash(most[i], least[i]) & mask;
        while (slots[s] >= 0) {
            s = (s + 1) & mask;
        }
        slots[s] = i;
    }

    long retainedBytes() {
        return 16L + 8L * most.length + 16 + 8L * least.length + 16 + 4L * slots.length + 24;
    }

    private static int[] emptySlots(int capacity) {
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        return slots;
    }

    private static int hash(long m, long l) {
        long h = (m ^ l) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
