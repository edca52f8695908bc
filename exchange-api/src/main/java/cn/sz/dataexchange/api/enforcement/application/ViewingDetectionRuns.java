package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reading detection runs and their findings (platform staff only; the path rules keep others out). */
@Component
public class ViewingDetectionRuns {

    private final DetectionRuns runs;

    public ViewingDetectionRuns(DetectionRuns runs) {
        this.runs = runs;
    }

    public record RunWithFindings(DetectionRuns.Run run, List<DetectionRuns.Finding> findings) {
    }

    public Mono<Page<DetectionRuns.Run>> list(PageQuery page) {
        return runs.list(page);
    }

    public Mono<Result<RunWithFindings>> one(UUID id) {
        return runs.find(id).flatMap(run -> runs.findingsOf(id).collectList()
                        .map(findings -> Result.accepted(new RunWithFindings(run, findings))))
                .defaultIfEmpty(Result.refused(Refusal.notFound("Detection run", id)));
    }
}
