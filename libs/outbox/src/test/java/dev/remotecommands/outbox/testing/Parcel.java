package dev.remotecommands.outbox.testing;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

/** The state a test changes together with its outbox event, as a service would. */
@Entity
public class Parcel extends PanacheEntityBase {

    @Id
    public UUID id;

    public String label;

    public static Parcel labelled(String label) {
        Parcel parcel = new Parcel();
        parcel.id = UUID.randomUUID();
        parcel.label = label;
        return parcel;
    }
}
