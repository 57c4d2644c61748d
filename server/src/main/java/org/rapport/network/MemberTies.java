package org.rapport.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.people.TieStrength;

/**
 * One member's ties into the graph: relationship strength / 100 per node. Strength decays with
 * time and follows the member's encounters, so the whole set is recomputed every
 * {@link #MAX_AGE_MS} and the people whose evidence changed are recomputed on the next search.
 */
final class MemberTies {
    static final long MAX_AGE_MS = 10 * 60_000;
    /**
     * The member knows someone when their strength is at least this (of 100): a few shared
     * connections alone score 1–4 and do not make a person someone to ask.
     */
    static final int KNOWN_FROM = 5;

    /** The member's strength per node (with its reasons), and the nodes it is above zero for. */
    record View(float[] you, int[] known, float strongest, TieStrength.@Nullable Score[] scores) {}

    private volatile View view = new View(new float[0], new int[0], 0, new TieStrength.Score[0]);
    private long computedAt = 0;
    private int computedFor = -1;
    private final Set<UUID> changed = new HashSet<>();

    synchronized void changed(Collection<UUID> people) {
        changed.addAll(people);
    }

    synchronized void stale() {
        computedAt = 0;
    }

    /** The member's ties, brought up to date with the graph's people. */
    synchronized View current(CurrentMember me, NodeIndex index, TieStrength strength) {
        long now = System.currentTimeMillis();
        if (now - computedAt > MAX_AGE_MS) {
            float[] you = new float[index.size()];
            var reasons = new TieStrength.Score[index.size()];
            List<UUID> all = new ArrayList<>(index.size());
            for (int i = 0; i < index.size(); i++) {
                all.add(index.id(i));
            }
            score(me, all, index, you, reasons, strength);
            view = viewOf(you, reasons);
            computedAt = now;
            computedFor = index.size();
            changed.clear();
            return view;
        }
        if (changed.isEmpty() && computedFor == index.size()) {
            return view;
        }
        float[] you = Arrays.copyOf(view.you(), index.size());
        var reasons = Arrays.copyOf(view.scores(), index.size());
        Set<UUID> again = new HashSet<>(changed);
        for (int i = computedFor; i < index.size(); i++) {
            again.add(index.id(i));
        }
        for (UUID id : again) {
            int node = index.node(id);
            if (node >= 0) {
                you[node] = 0;
                reasons[node] = null;
            }
        }
        score(me, List.copyOf(again), index, you, reasons, strength);
        view = viewOf(you, reasons);
        computedFor = index.size();
        changed.clear();
        return view;
    }

    private static void score(
            CurrentMember me,
            List<UUID> ids,
            NodeIndex index,
            float[] you,
            TieStrength.@Nullable Score[] reasons,
            TieStrength strength) {
        // One call: for many people the strength service reads its workspace pass, computed once.
        strength.scores(me, ids).forEach((id, score) -> {
            int node = index.node(id);
            if (node >= 0 && node < you.length) {
                you[node] = score.score() < KNOWN_FROM ? 0 : Math.min(100, score.score()) / 100f;
                reasons[node] = score;
            }
        });
    }

    private static View viewOf(float[] you, TieStrength.@Nullable Score[] reasons) {
        int count = 0;
        for (float w : you) {
            if (w > 0) {
                count++;
            }
        }
        int[] known = new int[count];
        int k = 0;
        float strongest = 0;
        for (int i = 0; i < you.length; i++) {
            if (you[i] > 0) {
                known[k++] = i;
                strongest = Math.max(strongest, you[i]);
            }
        }
        return new View(you, known, strongest, reasons);
    }
}
