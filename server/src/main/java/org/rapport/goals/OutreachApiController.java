package org.rapport.goals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.accounts.MemberRole;
import org.rapport.accounts.RequiresRole;
import org.rapport.api.JsonBinder;
import org.rapport.api.NotFoundException;
import org.rapport.api.ValidationException;
import org.rapport.goals.GoalResponses.OutreachResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Goals")
class OutreachApiController {
    private final OutreachService outreach;
    private final ReferralService referrals;
    private final PipelineBuilder pipelines;
    private final JsonBinder binder;

    OutreachApiController(
            OutreachService outreach, ReferralService referrals, PipelineBuilder pipelines, JsonBinder binder) {
        this.outreach = outreach;
        this.referrals = referrals;
        this.pipelines = pipelines;
        this.binder = binder;
    }

    record CheckRequest(@Nullable String message, @Nullable String connectionName) {}

    record CheckResponse(int words, int aboutYou, int aboutThem, boolean ok, List<FlagResponse> flags) {}

    record FlagResponse(String code, String message) {}

    record SentRequest(@Nullable UUID personId, @Nullable String message) {}

    record ReplyRequest(@Nullable Instant repliedAt) {}

    record FollowUpRequest(@Nullable String message) {}

    record ConversationRequest(
            @Nullable String notes, @Nullable List<OutreachService.Suggested> whoElse) {}

    record ConversationResponse(UUID encounterId, List<UUID> introducedPeople) {}

    record ReferralsResponse(List<ReferralService.Source> sources, List<ReferralService.Referral> referrals) {}

    @PostMapping("/api/v1/outreach/check")
    @RequiresRole(MemberRole.VIEWER)
    @Operation(
            summary = "Check an advice request before sending it",
            description = "Flags: too_long (over 100 words), mentions_job (\"job\"/\"jobs\" anywhere), "
                    + "connection_not_first (connectionName not in the first sentence), no_question_at_end, "
                    + "more_about_you (I/me/my outnumber you/your).")
    CheckResponse check(@RequestBody JsonNode body) {
        CheckRequest request = binder.bind(body, CheckRequest.class);
        if (request.message() == null) {
            throw ValidationException.of("message", "is required");
        }
        return checked(request.message(), request.connectionName());
    }

    static CheckResponse checked(String message, @Nullable String connectionName) {
        var result = OutreachChecker.check(message, connectionName);
        return new CheckResponse(
                result.words(),
                result.aboutMe(),
                result.aboutThem(),
                result.ok(),
                result.problems().stream()
                        .map(p -> new FlagResponse(p.flag().name().toLowerCase(java.util.Locale.ROOT), p.message()))
                        .toList());
    }

    @PostMapping("/api/v1/goals/{id}/outreach")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Log an advice request you sent",
            description = "Logged as a job_search encounter awaiting a reply; the person enters the pipeline as "
                    + "contacted. The 3-then-7 routine (business days) then suggests the next step.")
    OutreachResponse sent(
            @AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, @RequestBody JsonNode body) {
        SentRequest r = binder.bind(body, SentRequest.class);
        return view(me, id, outreach.logSent(me, id, r.personId(), r.message()).id());
    }

    @PostMapping("/api/v1/goals/{id}/outreach/{outreachId}/reply")
    @Operation(summary = "They answered (repliedAt defaults to now)")
    OutreachResponse replied(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @PathVariable UUID outreachId,
            @RequestBody(required = false) @Nullable JsonNode body) {
        Instant at = body == null ? null : binder.bind(body, ReplyRequest.class).repliedAt();
        outreach.markReplied(me, id, outreachId, at);
        return view(me, id, outreachId);
    }

    @PostMapping("/api/v1/goals/{id}/outreach/{outreachId}/follow-up")
    @Operation(summary = "Log the one follow-up the routine suggests after 7 business days")
    OutreachResponse followedUp(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @PathVariable UUID outreachId,
            @RequestBody(required = false) @Nullable JsonNode body) {
        String message =
                body == null ? null : binder.bind(body, FollowUpRequest.class).message();
        outreach.logFollowUp(me, id, outreachId, message);
        return view(me, id, outreachId);
    }

    @PostMapping("/api/v1/goals/{id}/entries/{entryId}/advice-conversation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Log an advice conversation",
            description = "Creates a thank-you due the next day, a report-back follow-up in 14 days, and each "
                    + "person in whoElse [{name, organization}] introduced by the advisor, as identified.")
    ConversationResponse conversation(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @PathVariable UUID entryId,
            @RequestBody JsonNode body) {
        ConversationRequest r = binder.bind(body, ConversationRequest.class);
        var done =
                outreach.adviceConversation(me, id, entryId, r.notes(), r.whoElse() == null ? List.of() : r.whoElse());
        return new ConversationResponse(done.encounterId(), done.introducedPeople());
    }

    @GetMapping("/api/v1/referrals")
    @Operation(
            summary = "Who referred whom, and referral sources ranked by prospects and value",
            description = "A source with two or more referred prospects is an advocate.")
    ReferralsResponse referrals(@AuthenticationPrincipal CurrentMember me) {
        return new ReferralsResponse(referrals.sources(me), referrals.referrals(me));
    }

    private OutreachResponse view(CurrentMember me, UUID goalId, UUID outreachId) {
        return pipelines.build(me, goalId).outreach().stream()
                .filter(v -> v.outreach().id().equals(outreachId))
                .findFirst()
                .map(OutreachResponse::from)
                .orElseThrow(() -> new NotFoundException("outreach", outreachId));
    }
}
