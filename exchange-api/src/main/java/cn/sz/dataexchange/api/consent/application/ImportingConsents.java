package cn.sz.dataexchange.api.consent.application;

import cn.sz.dataexchange.api.assets.format.LimitedInputStream;
import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.consent.model.ImportSummary;
import cn.sz.dataexchange.api.consent.model.LineError;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.RefusalException;
import cn.sz.dataexchange.api.shared.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * A seller imports consent records as JSON Lines, millions in one upload: the body is read as it
 * arrives, each line parsed on a worker thread, good lines streamed into PostgreSQL with COPY, bad
 * lines reported by number. One import is one transaction (with one audit record): a broken
 * connection keeps nothing, a bad line costs only itself.
 */
public final class ImportingConsents {

    /** Imports of at least this many records refresh the ledger's planner statistics afterwards. */
    private static final long ANALYZE_AFTER = 10_000;

    private final ConsentRecords records;
    private final ConsentEvents events;
    private final SubjectKeys subjectKeys;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final java.time.Clock clock;
    private final Scheduler worker;
    private final Settings settings;

    /** Limits of one import. */
    public record Settings(long maxBytes, int maxLineBytes, int batchSize, int errorsListed) {
    }

    public ImportingConsents(ConsentRecords records, ConsentEvents events, SubjectKeys subjectKeys, AuditLog audit,
                             TransactionalOperator tx, java.time.Clock clock, Scheduler worker, Settings settings) {
        this.records = records;
        this.events = events;
        this.clock = clock;
        this.subjectKeys = subjectKeys;
        this.audit = audit;
        this.tx = tx;
        this.worker = worker;
        this.settings = settings;
    }

    public Mono<Result<ImportSummary>> importLines(Caller seller, Flux<DataBuffer> body) {
        if (seller.orgId().isEmpty()) {
            return body.doOnNext(DataBufferUtils::release)
                    .then(Mono.just(Result.refused(Refusal.forbidden("Consents are held by organisations"))));
        }
        OrgId org = seller.orgId().get();
        UUID importId = UUID.randomUUID();
        return subjectKeys.of(org).flatMap(derivation -> {
                    Tally tally = new Tally(settings.errorsListed());
                    ConsentLineParser parser = new ConsentLineParser(derivation);
                    Flux<List<ConsentRecords.NumberedConsent>> batches = Flux.using(
                            () -> new LineReader(limited(DataBufferUtils.subscriberInputStream(body, 4)),
                                    settings.maxLineBytes()),
                            lines -> Flux.<List<ConsentRecords.NumberedConsent>>generate(sink -> {
                                List<ConsentRecords.NumberedConsent> batch = nextBatch(lines, parser, tally);
                                if (batch.isEmpty()) {
                                    sink.complete();
                                } else {
                                    sink.next(batch);
                                }
                            }),
                            LineReader::close).subscribeOn(worker);
                    Mono<ImportSummary> work = records.copyIn(org, importId, batches)
                            .map(stored -> tally.summary(importId, stored))
                            .flatMap(summary -> summary.accepted() == 0
                                    ? Mono.error(noValidLine(summary).toException()) : Mono.just(summary))
                            .flatMap(summary -> events.imported(org, summary, clock.instant(), seller.actor())
                                    .thenReturn(summary))
                            .flatMap(summary -> audit.append("consents:" + org, seller.actor(), "consents.imported",
                                    details(summary)).thenReturn(summary));
                    return tx.transactional(work).flatMap(summary -> summary.accepted() >= ANALYZE_AFTER
                            ? records.refreshStatistics().thenReturn(summary) : Mono.just(summary));
                })
                .map(Result::accepted)
                .onErrorResume(RefusalException.class, e -> Mono.just(Result.refused(e.refusal())));
    }

    private List<ConsentRecords.NumberedConsent> nextBatch(LineReader lines, ConsentLineParser parser, Tally tally) {
        List<ConsentRecords.NumberedConsent> batch = new ArrayList<>(settings.batchSize());
        while (batch.size() < settings.batchSize() && lines.next()) {
            if (lines.tooLong()) {
                tally.bad(new LineError(lines.number(), null, "is longer than " + settings.maxLineBytes() + " bytes"));
                continue;
            }
            if (lines.blank()) {
                continue;
            }
            tally.line();
            ConsentLineParser.Parsed parsed = parser.parse(lines.number(), lines.buffer(), lines.start(), lines.length());
            if (parsed instanceof ConsentLineParser.Good good) {
                batch.add(new ConsentRecords.NumberedConsent(lines.number(), good.consent()));
            } else {
                tally.bad(((ConsentLineParser.Bad) parsed).error());
            }
        }
        return batch;
    }

    private java.io.InputStream limited(java.io.InputStream in) {
        return new LimitedInputStream(in, settings.maxBytes(), () -> Refusal.of(Refusal.Reason.PAYLOAD_TOO_LARGE,
                "payload-too-large", "Payload too large", "A consent import may have at most " + settings.maxBytes()
                        + " bytes; split it into several uploads").toException());
    }

    /** An upload without a single good line: nothing is stored, the line errors say what to fix (422). */
    static Refusal noValidLine(ImportSummary s) {
        String detail = s.lines() == 0 ? "The upload holds no consent record: send one JSON object per line"
                : "None of the " + s.lines() + " lines is a valid consent record; nothing was imported. "
                + "Fix the lines listed in errors and upload again";
        return Refusal.of(Refusal.Reason.UNPROCESSABLE, "no-valid-consent-lines", "No valid consent record", detail)
                .with("lines", s.lines())
                .with("rejected", s.rejected())
                .with("errors", s.errors().stream().map(e -> {
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("line", e.line());
                    error.put("field", e.field());
                    error.put("message", e.message());
                    return error;
                }).toList())
                .with("errorsTruncated", s.errorsTruncated());
    }

    private static Map<String, Object> details(ImportSummary s) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("importId", s.importId().toString());
        details.put("lines", s.lines());
        details.put("accepted", s.accepted());
        details.put("rejected", s.rejected());
        return details;
    }

    /** Counts lines and keeps the first errors. Touched by the one worker thread reading the upload. */
    private static final class Tally {

        private final int listed;
        private final List<LineError> errors = new ArrayList<>();
        private long lines;
        private long rejected;

        Tally(int listed) {
            this.listed = listed;
        }

        void line() {
            lines++;
        }

        void bad(LineError error) {
            if (error.field() == null && error.message().startsWith("is longer")) {
                lines++;
            }
            rejected++;
            if (errors.size() < listed) {
                errors.add(error);
            }
        }

        ImportSummary summary(UUID importId, long stored) {
            return new ImportSummary(importId, lines, stored, rejected, errors, rejected > errors.size());
        }
    }
}
