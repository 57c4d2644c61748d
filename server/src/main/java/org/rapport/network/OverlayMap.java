package org.rapport.network;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable map made of a base map and a few entries put or removed on top of it, so that a
 * patch of a handful of a member's 30,000 scores makes a new map without copying the others. Once
 * the entries on top grow past {@link #FLATTEN_ABOVE} they are folded into a new base.
 */
final class OverlayMap<K, V> extends AbstractMap<K, V> {
    static final int FLATTEN_ABOVE = 512;

    /** Never changed once here. */
    private final Map<K, V> base;
    /** Never changed once here; a null value is an entry removed from the base. */
    private final Map<K, @Nullable V> top;

    private final int size;

    private OverlayMap(Map<K, V> base, Map<K, @Nullable V> top, int size) {
        this.base = base;
        this.top = top;
        this.size = size;
    }

    /** A map of these entries, which the caller hands over and changes no more. */
    static <K, V> OverlayMap<K, V> of(Map<K, V> entries) {
        return new OverlayMap<>(entries, Map.of(), entries.size());
    }

    /** This map with {@code changes} applied: a null value removes its key. */
    OverlayMap<K, V> with(Map<K, @Nullable V> changes) {
        Map<K, @Nullable V> newTop = new HashMap<>(top);
        int newSize = size;
        for (var change : changes.entrySet()) {
            boolean was = containsKey(change.getKey());
            boolean is = change.getValue() != null;
            newSize += (is ? 1 : 0) - (was ? 1 : 0);
            newTop.put(change.getKey(), change.getValue());
        }
        var patched = new OverlayMap<>(base, newTop, newSize);
        if (newTop.size() <= FLATTEN_ABOVE) {
            return patched;
        }
        return of(new HashMap<>(patched));
    }

    @Override
    public @Nullable V get(Object key) {
        return top.containsKey(key) ? top.get(key) : base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return top.containsKey(key) ? top.get(key) != null : base.containsKey(key);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private final Iterator<Entry<K, @Nullable V>> fromTop =
                            top.entrySet().iterator();
                    private final Iterator<Entry<K, V>> fromBase =
                            base.entrySet().iterator();
                    private @Nullable Entry<K, V> next = advance();

                    private @Nullable Entry<K, V> advance() {
                        while (fromTop.hasNext()) {
                            var e = fromTop.next();
                            V value = e.getValue();
                            if (value != null) {
                                return new SimpleImmutableEntry<>(e.getKey(), value);
                            }
                        }
                        while (fromBase.hasNext()) {
                            var e = fromBase.next();
                            if (!top.containsKey(e.getKey())) {
                                return new SimpleImmutableEntry<>(e);
                            }
                        }
                        return null;
                    }

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public Entry<K, V> next() {
                        Entry<K, V> current = next;
                        if (current == null) {
                            throw new NoSuchElementException();
                        }
                        next = advance();
                        return current;
                    }
                };
            }
        };
    }
}
