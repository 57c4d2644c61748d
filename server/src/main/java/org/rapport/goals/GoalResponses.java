package org.rapport.goals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The JSON the goals API answers; internal records are never serialized directly. */
final class GoalResponses {
    private GoalResponses() {}

    record GoalSummary(
            UUID id,
            GoalKind kind,
            String title,
            @Nullable String notes,
            int staleAfterDays,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        static GoalSummary from(Goal g) {
            return new GoalSummary(
                    g.id(),
                    g.kind(),
                    g.title(),
                    g.notes(),
                    g.staleAfterDays(),
                    g.createdAt(),
                    g.updatedAt(),
                    g.version());
        }
    }

    record GoalResponse(
            UUID id,
            GoalKind kind,
            String title,
            @Nullable String notes,
            int staleAfterDays,
            Instant createdAt,
            Instant updatedAt,
            long version,
            PipelineResponse pipeline) {
        static GoalResponse from(Pipeline p) {
            Goal g = p.goal();
            return new GoalResponse(
                    g.id(),
                    g.kind(),
                    g.title(),
                    g.notes(),
                    g.staleAfterDays(),
                    g.createdAt(),
                    g.updatedAt(),
                    g.version(),
                    PipelineResponse.from(p));
        }
    }

    record PipelineResponse(
            List<Stage> stages,
            List<TargetResponse> targets,
            List<EntryResponse> entries,
            List<OutreachResponse> outreach,
            List<SuggestionResponse> suggestions,
            ResponseRateResponse responseRate,
            List<FunnelResponse> funnel,
            List<FunnelResponse> targetFunnel) {
        static PipelineResponse from(Pipeline p) {
            return new PipelineResponse(
                    p.stages(),
                    p.targets().stream().map(TargetResponse::from).toList(),
                    p.entries().stream().map(EntryResponse::from).toList(),
                    p.outreach().stream().map(OutreachResponse::from).toList(),
                    p.suggestions().stream()
                            .map(s -> new SuggestionResponse(
                                    s.action(),
                                    s.outreachId(),
                                    s.personId(),
                                    s.organizationId(),
                                    s.candidateId(),
                                    s.text()))
                            .toList(),
                    new ResponseRateResponse(
                            p.responseRate().sent(),
                            p.responseRate().within3Days(),
                            p.responseRate().later(),
                            p.responseRate().never(),
                            p.responseRate().awaiting(),
                            p.responseRate().rate()),
                    p.funnel().stream()
                            .map(f -> new FunnelResponse(f.stage(), f.reached()))
                            .toList(),
                    p.targetFunnel().stream()
                            .map(f -> new FunnelResponse(f.stage(), f.reached()))
                            .toList());
        }
    }

    record AdvocacyResponse(
            Advocacy.Level level, double strength, List<UUID> path, List<String> pathNames, int peopleYouKnowThere) {}

    /**
     * A target's move: cause is added, manual or person (then entryId and personId name who
     * reached the stage, and person their name).
     */
    record TargetMoveResponse(
            @Nullable Stage from,
            Stage to,
            Instant at,
            TargetMove.Cause cause,
            @Nullable UUID entryId,
            @Nullable UUID personId,
            @Nullable String person) {
        static TargetMoveResponse from(Pipeline.TargetMoveView v) {
            TargetMove m = v.move();
            return new TargetMoveResponse(
                    m.from(),
                    m.to(),
                    m.movedAt(),
                    m.cause(),
                    m.causedByEntryId(),
                    m.causedByPersonId(),
                    v.personName());
        }
    }

    record TargetResponse(
            UUID id,
            UUID organizationId,
            String organization,
            int motivation,
            boolean posting,
            List<String> roles,
            @Nullable String notes,
            AdvocacyResponse advocacy,
            Stage stage,
            Instant stageSince,
            long daysInStage,
            List<TargetMoveResponse> history) {
        static TargetResponse from(Pipeline.TargetView v) {
            Advocacy a = v.advocacy();
            Target t = v.target();
            return new TargetResponse(
                    t.id(),
                    t.organizationId(),
                    t.organizationName(),
                    t.motivation(),
                    t.posting(),
                    t.roles(),
                    t.notes(),
                    new AdvocacyResponse(a.level(), a.strength(), a.path(), v.pathNames(), a.peopleYouKnowThere()),
                    t.stage(),
                    t.stageSince(),
                    v.daysInStage(),
                    v.history().stream().map(TargetMoveResponse::from).toList());
        }
    }

    record MoveResponse(@Nullable Stage from, Stage to, Instant at) {}

    /**
     * subject is person, or organization for an organization prospect (then personId is null,
     * organizationId the prospect and displayName the organization's name).
     */
    record EntryResponse(
            UUID id,
            @Nullable UUID personId,
            String displayName,
            @Nullable UUID organizationId,
            @Nullable String organization,
            Stage stage,
            Instant stageSince,
            long daysInStage,
            boolean stale,
            long touches,
            @Nullable String source,
            @Nullable UUID referredById,
            @Nullable String referredBy,
            @Nullable Long valueCents,
            List<MoveResponse> history,
            long version,
            String subject) {
        static EntryResponse from(Pipeline.EntryView v) {
            Entry e = v.entry();
            return new EntryResponse(
                    e.id(),
                    e.personId(),
                    v.personName(),
                    e.organizationId(),
                    v.organizationName(),
                    e.stage(),
                    e.stageSince(),
                    v.daysInStage(),
                    v.stale(),
                    v.touches(),
                    e.source(),
                    e.referredById(),
                    v.referredByName(),
                    e.valueCents(),
                    v.history().stream()
                            .map(m -> new MoveResponse(m.from(), m.to(), m.movedAt()))
                            .toList(),
                    e.version(),
                    e.isOrganization() ? "organization" : "person");
        }
    }

    record OutreachResponse(
            UUID id,
            UUID personId,
            String displayName,
            @Nullable UUID organizationId,
            @Nullable String organization,
            @Nullable UUID encounterId,
            String message,
            Instant sentAt,
            @Nullable Instant repliedAt,
            @Nullable Instant followedUpAt,
            OutreachRoutine.Response response,
            OutreachRoutine.Next next,
            int businessDaysWaited) {
        static OutreachResponse from(Pipeline.OutreachView v) {
            Outreach o = v.outreach();
            return new OutreachResponse(
                    o.id(),
                    o.personId(),
                    v.personName(),
                    o.organizationId(),
                    v.organizationName(),
                    o.encounterId(),
                    o.message(),
                    o.sentAt(),
                    o.repliedAt(),
                    o.followedUpAt(),
                    v.response(),
                    v.next(),
                    v.businessDaysWaited());
        }
    }

    record SuggestionResponse(
            OutreachRoutine.Next action,
            UUID outreachId,
            UUID personId,
            @Nullable UUID organizationId,
            @Nullable UUID candidateId,
            String text) {}

    record ResponseRateResponse(int sent, int within3Days, int later, int never, int awaiting, double rate) {}

    record FunnelResponse(Stage stage, int reached) {}
}
