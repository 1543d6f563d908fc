package dev.remotecommands.command.rest;

/** Body of {@code POST /v1/vehicles/{vin}/commands}: {@code {"type": "LOCK"}}. The type is checked by hand for a clear error. */
public record CommandRequestBody(String type) {
}
