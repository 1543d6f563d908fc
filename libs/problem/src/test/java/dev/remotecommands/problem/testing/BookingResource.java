package dev.remotecommands.problem.testing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** A body with a field of every JSON type, for {@code StrictJsonReadingTest}. */
@Path("/bookings")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    public enum Room { SINGLE, DOUBLE }

    public record Address(String street, int number) {
    }

    public record Booking(String guest, int nights, Boolean breakfast, Room room, List<String> requests,
            Map<String, Object> preferences, Address address) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Booking book(Booking booking) {
        return booking;
    }
}
