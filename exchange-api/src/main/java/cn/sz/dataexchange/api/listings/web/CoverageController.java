package cn.sz.dataexchange.api.listings.web;

import cn.sz.dataexchange.api.listings.application.ConsentCoverageReport;
import cn.sz.dataexchange.api.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Consent coverage of a listing (its seller, admin, regulator). Lives with listings because it reads their reports. */
@RestController
public class CoverageController {

    private final ConsentCoverageReport coverage;

    public CoverageController(ConsentCoverageReport coverage) {
        this.coverage = coverage;
    }

    @Operation(summary = "Consent coverage figures of a listing's latest validation, and withdrawals since")
    @GetMapping("/api/v1/consents/coverage")
    public Mono<ConsentCoverageReport.Coverage> coverage(@RequestParam UUID listing, @AuthenticationPrincipal Caller caller) {
        return coverage.of(caller, listing).map(r -> r.orElseThrow());
    }
}
