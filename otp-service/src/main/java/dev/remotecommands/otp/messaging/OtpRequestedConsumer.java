package dev.remotecommands.otp.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.remotecommands.contracts.Channels;
import dev.remotecommands.contracts.events.OtpRequested;
import dev.remotecommands.otp.service.OtpRequests;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * {@code OtpRequested} from enrollment-service. The payload is parsed here (String in), so that an unreadable or
 * invalid record fails at once and goes to {@code OtpRequested.DLQ} while consumption goes on.
 */
@ApplicationScoped
public class OtpRequestedConsumer {

    private static final Logger LOG = Logger.getLogger(OtpRequestedConsumer.class);

    private final ObjectMapper objectMapper;
    private final OtpRequests requests;

    public OtpRequestedConsumer(ObjectMapper objectMapper, OtpRequests requests) {
        this.objectMapper = objectMapper;
        this.requests = requests;
    }

    @Incoming(Channels.OTP_REQUESTED_IN)
    public Uni<Void> consume(String payload) {
        OtpRequested request;
        try {
            request = parse(payload);
        } catch (UnreadableEventException e) {
            LOG.warnf("sending an unreadable OtpRequested record to the dead-letter topic: %s", e.getMessage());
            return Uni.createFrom().failure(e);
        }
        return requests.handle(request);
    }

    OtpRequested parse(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new UnreadableEventException("empty payload", null);
        }
        try {
            OtpRequested request = objectMapper.readValue(payload, OtpRequested.class);
            if (request == null) {
                throw new UnreadableEventException("payload is JSON null", null);
            }
            return request;
        } catch (JsonProcessingException e) {
            // also what the record's constructor throws for a missing field, a bad phone or code length
            throw new UnreadableEventException(e.getOriginalMessage(), e);
        }
    }
}
