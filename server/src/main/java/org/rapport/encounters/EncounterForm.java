package org.rapport.encounters;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The log-an-encounter form as the browser posts it. */
public class EncounterForm {
    public static class ExchangeRow {
        private String type = "";
        private String description = "";
        private String person = "";

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getPerson() {
            return person;
        }

        public void setPerson(String person) {
            this.person = person;
        }

        boolean isBlank() {
            return description.isBlank() && type.isBlank();
        }
    }

    private List<UUID> participantIds = new ArrayList<>();
    private List<String> participantNames = new ArrayList<>();
    private String confirmNew = "";
    private String kind = "professional";
    private String channel = "in_person";
    // datetime-local inputs send and expect exactly this shape, whatever the server's locale.
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime occurredAt = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);

    private String title = "";
    private String notes = "";
    private String topics = "";
    private List<ExchangeRow> gave = new ArrayList<>();
    private List<ExchangeRow> received = new ArrayList<>();
    private String followUpType = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private java.time.@Nullable LocalDate followUpDue;

    private String followUpTitle = "";

    /** Room for one more participant and one exchange each way. */
    EncounterForm withBlankRows() {
        participantNames.removeIf(String::isBlank);
        participantNames.add("");
        gave.removeIf(ExchangeRow::isBlank);
        received.removeIf(ExchangeRow::isBlank);
        gave.add(new ExchangeRow());
        received.add(new ExchangeRow());
        return this;
    }

    public List<UUID> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(List<UUID> participantIds) {
        this.participantIds = participantIds;
    }

    public List<String> getParticipantNames() {
        return participantNames;
    }

    public void setParticipantNames(List<String> participantNames) {
        this.participantNames = participantNames;
    }

    public String getConfirmNew() {
        return confirmNew;
    }

    public void setConfirmNew(String confirmNew) {
        this.confirmNew = confirmNew;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public List<ExchangeRow> getGave() {
        return gave;
    }

    public void setGave(List<ExchangeRow> gave) {
        this.gave = gave;
    }

    public List<ExchangeRow> getReceived() {
        return received;
    }

    public void setReceived(List<ExchangeRow> received) {
        this.received = received;
    }

    public String getFollowUpType() {
        return followUpType;
    }

    public void setFollowUpType(String followUpType) {
        this.followUpType = followUpType;
    }

    public java.time.@Nullable LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public void setFollowUpDue(java.time.@Nullable LocalDate followUpDue) {
        this.followUpDue = followUpDue;
    }

    public String getFollowUpTitle() {
        return followUpTitle;
    }

    public void setFollowUpTitle(String followUpTitle) {
        this.followUpTitle = followUpTitle;
    }
}
