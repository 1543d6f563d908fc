package dev.remotecommands.otp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An SMS "received" by the local inbox (provider {@code local}). */
@Entity
@Table(name = "sms_inbox")
public class SmsInboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "to_phone")
    public String toPhone;

    public String body;

    @Column(name = "sent_at")
    public Instant sentAt;

    public SmsInboxMessage() {
    }

    public SmsInboxMessage(String toPhone, String body, Instant sentAt) {
        this.toPhone = toPhone;
        this.body = body;
        this.sentAt = sentAt;
    }
}
