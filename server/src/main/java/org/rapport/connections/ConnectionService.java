package org.rapport.connections;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ConflictException;
import org.rapport.api.NotFoundException;
import org.rapport.api.ValidationException;
import org.rapport.db.ChangeLog;
import org.rapport.db.Ids;
import org.rapport.people.PersonService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ConnectionService {
    private final ConnectionRepository connections;
    private final PersonService people;
    private final ChangeLog changeLog;

    ConnectionService(ConnectionRepository connections, PersonService people, ChangeLog changeLog) {
        this.connections = connections;
        this.people = people;
        this.changeLog = changeLog;
    }

    public record ConnectionDraft(
            @Nullable UUID personAId,
            @Nullable UUID personBId,
            @Nullable ConnectionType type,
            @Nullable Double strength,
            @Nullable String note) {}

    /** A person's connections; the person must be in the caller's workspace. */
    public List<Connection> of(CurrentMember me, UUID personId) {
        people.get(me, personId);
        return connections.of(me.workspace(), personId);
    }

    public Connection get(CurrentMember me, UUID id) {
        return connections.find(me.workspace(), id).orElseThrow(() -> new NotFoundException("connection", id));
    }

    @Transactional
    public Connection connect(CurrentMember me, ConnectionDraft d, ConnectionSource source) {
        var problems = new ValidationException.Collector();
        if (d.personAId() == null) {
            problems.add("personAId", "is required");
        }
        if (d.personBId() == null) {
            problems.add("personBId", "is required");
        }
        if (d.personAId() != null && d.personAId().equals(d.personBId())) {
            problems.add("personBId", "must be another person than personAId");
        }
        var known = people.existing(
                me.workspace(),
                Stream.of(d.personAId(), d.personBId())
                        .filter(java.util.Objects::nonNull)
                        .toList());
        if (d.personAId() != null && !known.contains(d.personAId())) {
            problems.add("personAId", "is not a person in this workspace");
        }
        if (d.personBId() != null && !known.contains(d.personBId())) {
            problems.add("personBId", "is not a person in this workspace");
        }
        if (d.strength() != null && (d.strength() < 0 || d.strength() > 1)) {
            problems.add("strength", "must be between 0 and 1");
        }
        if (d.note() != null && d.note().length() > 2000) {
            problems.add("note", "must be at most 2000 characters");
        }
        problems.throwIfAny();
        // Undirected: store the pair in one order so (a, b) and (b, a) are the same tie.
        UUID a = d.personAId().compareTo(d.personBId()) < 0 ? d.personAId() : d.personBId();
        UUID b = a.equals(d.personAId()) ? d.personBId() : d.personAId();
        var connection = new Connection(
                Ids.newId(),
                a,
                b,
                d.type() == null ? ConnectionType.KNOWS : d.type(),
                d.strength(),
                source,
                d.note() == null || d.note().isBlank() ? null : d.note().strip(),
                Instant.now());
        try {
            connections.insert(me.workspace(), connection);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    "These two people already have a " + connection.type().wire() + " connection");
        }
        changeLog.record(
                me.workspace().value(), "connection", connection.id(), ChangeLog.Operation.CREATE, me.memberId());
        return connection;
    }

    @Transactional
    public void disconnect(CurrentMember me, UUID id) {
        Connection gone = get(me, id);
        if (!connections.delete(me.workspace(), id)) {
            throw new NotFoundException("connection", id);
        }
        changeLog.record(me.workspace().value(), "connection", id, ChangeLog.Operation.DELETE, me.memberId());
        // The deleted row no longer says whom it tied: name both people for readers of the log (the graph).
        for (UUID person : List.of(gone.personAId(), gone.personBId())) {
            changeLog.record(me.workspace().value(), "person", person, ChangeLog.Operation.UPDATE, me.memberId());
        }
    }
}
