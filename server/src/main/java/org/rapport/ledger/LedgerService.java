package org.rapport.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.NotFoundException;
import org.rapport.encounters.EncounterTallies;
import org.rapport.encounters.ExchangeTally;
import org.rapport.encounters.ExchangeType;
import org.rapport.people.PersonService;
import org.springframework.stereotype.Service;

/** A person's give-and-take ledger, from the member's own encounters: two queries, whatever the history. */
@Service
public class LedgerService {
    static final int ITEMS = 50;

    private final EncounterTallies tallies;
    private final PersonService people;

    LedgerService(EncounterTallies tallies, PersonService people) {
        this.tallies = tallies;
        this.people = people;
    }

    public Ledger of(CurrentMember me, UUID personId) {
        if (people.existing(me.workspace(), List.of(personId)).isEmpty()) {
            throw new NotFoundException("person", personId);
        }
        int year = LocalDate.now().getYear();
        Map<ExchangeType, Ledger.Count[]> byType = new EnumMap<>(ExchangeType.class);
        Ledger.Count gave = new Ledger.Count(0, 0);
        Ledger.Count received = new Ledger.Count(0, 0);
        for (ExchangeTally t : tallies.exchanges(me, personId, year)) {
            Ledger.Count[] counts = byType.computeIfAbsent(
                    t.type(), k -> new Ledger.Count[] {new Ledger.Count(0, 0), new Ledger.Count(0, 0)});
            int side = t.given() ? 0 : 1;
            counts[side] = counts[side].plus(t.allTime(), t.inYear());
            if (t.given()) {
                gave = gave.plus(t.allTime(), t.inYear());
            } else {
                received = received.plus(t.allTime(), t.inYear());
            }
        }
        List<Ledger.Line> lines = new ArrayList<>();
        byType.forEach((type, counts) -> lines.add(new Ledger.Line(type, counts[0], counts[1])));
        return new Ledger(personId, year, gave, received, lines, tallies.exchangeItems(me, personId, ITEMS));
    }
}
