package dev.remotecommands.enrollment.service;

/** A one-word outcome, e.g. {@code {"status": "DEFINED"}}. */
public record StatusView(String status) {
}
