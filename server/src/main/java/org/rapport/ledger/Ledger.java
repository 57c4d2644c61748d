package org.rapport.ledger;

import java.util.List;
import java.util.UUID;
import org.rapport.encounters.ExchangeType;
import org.rapport.encounters.PersonExchange;

/** What went to and came from one person: totals, per exchange type, and the latest items. */
public record Ledger(
        UUID personId, int year, Count gave, Count received, List<Line> byType, List<PersonExchange> items) {
    /** Counts for one exchange type. */
    public record Line(ExchangeType type, Count gave, Count received) {}

    public record Count(long allTime, long thisYear) {
        Count plus(long allTime, long thisYear) {
            return new Count(this.allTime + allTime, this.thisYear + thisYear);
        }
    }

    public boolean isEmpty() {
        return gave.allTime() == 0 && received.allTime() == 0;
    }

    /** Received minus given, all time: positive when the person gave more than they got. */
    public long balance() {
        return received.allTime() - gave.allTime();
    }
}
