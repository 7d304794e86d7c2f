package org.gongkai.model;

/** The bureau's public contact points from {@code site.yaml}; any may be empty. */
public record Contacts(String address, String phone, String email, String complaintPhone, String priceHotline) {

    public static final Contacts NONE = new Contacts("", "", "", "", "");

    public Contacts {
        address = nullToEmpty(address);
        phone = nullToEmpty(phone);
        email = nullToEmpty(email);
        complaintPhone = nullToEmpty(complaintPhone);
        priceHotline = nullToEmpty(priceHotline);
    }

    public boolean isEmpty() {
        return address.isEmpty() && phone.isEmpty() && email.isEmpty() && complaintPhone.isEmpty() && priceHotline.isEmpty();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
