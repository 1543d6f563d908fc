package dev.remotecommands.enrollment.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A one-word outcome, e.g. {@code {"status": "DEFINED"}}. */
@Schema(example = "{\"status\": \"DEFINED\"}")
public record StatusView(String status) {
}
