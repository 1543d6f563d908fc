package dev.remotecommands.enrollment.service;

/** A vehicle registration: {@code created} is false when the account had already registered this VIN. */
public record Registration(VehicleView vehicle, boolean created) {
}
