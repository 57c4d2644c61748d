package org.rapport.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component "search": how far this node's index has read the change log.
 * Always UP (a node that is catching up still answers, with fewer hits); the lag says by how much.
 */
@Component("search")
class SearchHealth implements HealthIndicator {
    private final IndexCatchUp catchUp;
    private final SearchSource source;

    SearchHealth(IndexCatchUp catchUp, SearchSource source) {
        this.catchUp = catchUp;
        this.source = source;
    }

    @Override
    public Health health() {
        long indexed = catchUp.indexedSeq();
        long latest = source.maxSeq();
        return Health.up()
                .withDetail("indexedSeq", indexed)
                .withDetail("changeLogSeq", latest)
                .withDetail("lag", indexed < 0 ? latest : Math.max(0, latest - indexed))
                .withDetail("awaitedGaps", catchUp.awaitedGaps())
                .build();
    }
}
