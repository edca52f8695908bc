package cn.sz.dataexchange.validator.vocabulary;

/** One published vocabulary term, as the service exposes it at {@code GET /api/v1/vocabulary/...}. */
public record VocabularyTerm(String code, String description, String standardGroup, boolean sensitive, boolean biometric) {
}
