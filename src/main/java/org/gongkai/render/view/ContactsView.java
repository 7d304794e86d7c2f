package org.gongkai.render.view;

/** The bureau's contacts as shown in the footer; {@code any} is false when there is nothing to show. */
public record ContactsView(String address, String phone, String email, String complaintPhone, String priceHotline,
                           boolean any) {
}
