package org.rapport.encounters;

import java.time.ZonedDateTime;
import java.util.List;
import org.rapport.capture.Capture;
import org.rapport.capture.CapturedExchange;

/**
 * Turns a quick-capture line (the syntax of docs/quick-capture.md, shared with the CLI) into the
 * encounter form, filled in for the member to check and save with one more Enter: mentions become
 * participants by name, so new names and namesakes get the form's usual questions.
 */
final class QuickCaptureForm {
    private QuickCaptureForm() {}

    static EncounterForm prefill(Capture capture, ZonedDateTime now) {
        EncounterForm form = new EncounterForm();
        form.getParticipantNames().addAll(capture.mentions());
        if (capture.kind() != null) {
            form.setKind(capture.kind().wire());
        }
        if (capture.when() != null) {
            form.setOccurredAt(capture.when()
                    .at(now)
                    .atZoneSameInstant(now.getZone())
                    .toLocalDateTime()
                    .withSecond(0)
                    .withNano(0));
        }
        form.setTitle(capture.title());
        form.setTopics(String.join(", ", capture.tags()));
        form.getGave().addAll(rows(capture.gave()));
        form.getReceived().addAll(rows(capture.got()));
        return form;
    }

    private static List<EncounterForm.ExchangeRow> rows(List<CapturedExchange> exchanges) {
        return exchanges.stream()
                .map(x -> {
                    var row = new EncounterForm.ExchangeRow();
                    row.setType(x.type().wire());
                    row.setDescription(x.description());
                    row.setPerson(x.person() == null ? "" : x.person());
                    return row;
                })
                .toList();
    }
}
