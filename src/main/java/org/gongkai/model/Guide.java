package org.gongkai.model;

/**
 * The 政府信息公开指南's facts from {@code site.yaml}'s {@code guide:} key; any may be empty, and the address, phone
 * and email then come from {@code contacts:} ({@link #orContacts}).
 *
 * @param procedure the application procedure as Markdown; empty for the default wording
 * @param fee the 信息处理费 rule as Markdown; empty for the default wording (国办函〔2020〕109号)
 * @param form path of the application form under {@code content/static/}; empty when there is none
 */
public record Guide(String office, String address, String hours, String phone, String fax, String email, String postcode,
                    String procedure, String fee, String form) {

    public static final Guide NONE = new Guide("", "", "", "", "", "", "", "", "", "");

    public Guide {
        office = text(office);
        address = text(address);
        hours = text(hours);
        phone = text(phone);
        fax = text(fax);
        email = text(email);
        postcode = text(postcode);
        procedure = text(procedure);
        fee = text(fee);
        form = text(form);
    }

    /** The same guide with the address, phone and email of {@code contacts} where it gives none. */
    public Guide orContacts(Contacts contacts) {
        return new Guide(office, address.isEmpty() ? contacts.address() : address, hours,
                phone.isEmpty() ? contacts.phone() : phone, fax, email.isEmpty() ? contacts.email() : email, postcode,
                procedure, fee, form);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
