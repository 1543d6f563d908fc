package dev.remotecommands.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** A small API whose body and parameters carry constraints, for {@link ViolationMappingTest}. */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
public class ConstrainedResource {

    public record Order(@NotBlank(message = "is required: the dish.") @Size(max = 20, message = "is too long.")
            String dish, @Size(max = 5, message = "is longer than 5 characters.") String note) {
    }

    /** A violated shop code is a shop that does not exist, as a service's own catalogue would say. */
    public static final class ShopNotFound extends ViolationProblem {
        public ShopNotFound() {
            super(violation -> new ProblemException(404, "shop-not-found", "Shop not found",
                    "No shop '" + violation.text() + "'.", Map.of("shop", violation.text())));
        }
    }

    @POST
    @Path("/{shop}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Order place(@PathParam("shop") @Pattern(regexp = "[a-z]{3}", payload = ShopNotFound.class) String shop,
            @HeaderParam("X-Table") @Pattern(regexp = "[0-9]{1,2}", message = "must be a table number.") String table,
            @NotNull(message = "is missing: send the order.") @Valid Order order) {
        return order;
    }

    /** Breaks its own promise: a violation of what the service answers is its bug, not the client's. */
    @GET
    @Path("/broken")
    @NotNull
    public String broken() {
        return null;
    }
}
