package cn.sz.dataexchange.api.statements.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The RFC 9457 problem shape, for the OpenAPI document (ADR 0004): bad input names the parameter in errors. */
@Schema(name = "Problem", description = "application/problem+json (RFC 9457)")
record ProblemDoc(String type, String title, int status, String detail, List<FieldError> errors) {

    record FieldError(String field, String message) {
    }
}
