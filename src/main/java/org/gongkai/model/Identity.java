package org.gongkai.model;

/**
 * The site's identity for the footer ({@code identity:} of site.yaml); every part may be empty.
 *
 * @param host 主办单位; empty means the site's {@code bureau}
 * @param operator 承办单位
 * @param contact 联系方式
 * @param siteCode 网站标识码, 10 digits
 * @param icp ICP备案号, linked to the filing site
 * @param police 公安机关备案号
 * @param badge path under {@code content/static/} of the 党政机关网站标识 image
 */
public record Identity(String host, String operator, String contact, String siteCode, String icp, String police,
                       String badge) {

    public static final Identity NONE = new Identity("", "", "", "", "", "", "");

    public Identity {
        host = host == null ? "" : host;
        operator = operator == null ? "" : operator;
        contact = contact == null ? "" : contact;
        siteCode = siteCode == null ? "" : siteCode;
        icp = icp == null ? "" : icp;
        police = police == null ? "" : police;
        badge = badge == null ? "" : badge;
    }
}
