package org.rapport.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.rapport.encounters.ExchangeType;
import org.rapport.encounters.PersonExchange;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "People")
class LedgerApiController {
    private final LedgerService ledgers;

    LedgerApiController(LedgerService ledgers) {
        this.ledgers = ledgers;
    }

    record LedgerResponse(
            UUID personId,

            @Schema(description = "The calendar year counted as thisYear")
            int year,

            Ledger.Count gave,
            Ledger.Count received,

            @Schema(description = "Exchange types that occur, in a fixed order")
            List<Ledger.Line> byType,

            @Schema(description = "The latest exchanges (at most 50), newest first")
            List<Item> items) {}

    record Item(
            @Schema(allowableValues = {"gave", "received"}) String direction,
            ExchangeType type,
            @org.jspecify.annotations.Nullable String description,
            OffsetDateTime occurredAt,
            UUID encounterId) {
        static Item from(PersonExchange x) {
            return new Item(
                    x.given() ? "gave" : "received", x.type(), x.description(), x.occurredAt(), x.encounterId());
        }
    }

    @GetMapping("/api/v1/people/{id}/ledger")
    @Operation(
            summary = "The give-and-take ledger with a person",
            description = "What the caller gave to and received from the person in their own encounters, by exchange "
                    + "type, this calendar year (by the encounter's local date) and all time. An exchange counts for the "
                    + "person it names, or else for the encounter's only participant.")
    LedgerResponse ledger(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        Ledger l = ledgers.of(me, id);
        return new LedgerResponse(
                l.personId(),
                l.year(),
                l.gave(),
                l.received(),
                l.byType(),
                l.items().stream().map(Item::from).toList());
    }
}
