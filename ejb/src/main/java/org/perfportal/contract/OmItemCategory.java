package org.perfportal.contract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The category of an O&amp;M item (运维项目类别), DOMAIN §2: line lease or purchased service
 * (线路租赁和购买服务) or hardware and system O&amp;M (硬件及系统运维). It matters because the
 * monthly routine-work score (日常工作) only applies to hardware-and-system items.
 *
 * <p>{@link #classify} is the default rule used when a list does not state the category; the
 * seeded Luohe list states it per row so that a person can correct a single item:
 * <ol>
 *   <li>the item name mentions a line or a bought service (专线, 线路, 电路, 光纤, 租赁, 租用, 托管,
 *       购买服务, 云服务) → line lease or purchased service;</li>
 *   <li>otherwise the name says it is maintenance (运维, 维护, 维保, 运行) → hardware and system;</li>
 *   <li>otherwise the content mentions one of the words of 1. or 流量卡, 短信 → line lease or purchased service;</li>
 *   <li>otherwise hardware and system.</li>
 * </ol>
 */
public enum OmItemCategory {
    LINE_LEASE_OR_PURCHASED_SERVICE("线路租赁和购买服务"),
    HARDWARE_AND_SYSTEM("硬件及系统运维");

    private static final List<String> LINE_WORDS = List.of("专线", "线路", "电路", "光纤", "租赁", "租用", "托管", "购买服务", "云服务");
    private static final List<String> MAINTENANCE_WORDS = List.of("运维", "维护", "维保", "运行");
    private static final List<String> LINE_CONTENT_WORDS = List.of("流量卡", "短信");

    private final String label;

    OmItemCategory(String label) {
        this.label = label;
    }

    /** The Chinese label as in the contract (线路租赁和购买服务 / 硬件及系统运维). */
    public String label() {
        return label;
    }

    /** The default category of an item from its name and main content (rule in the class comment). */
    public static OmItemCategory classify(String name, String content) {
        String n = name == null ? "" : name;
        String c = content == null ? "" : content;
        if (mentions(n, LINE_WORDS)) {
            return LINE_LEASE_OR_PURCHASED_SERVICE;
        }
        if (mentions(n, MAINTENANCE_WORDS)) {
            return HARDWARE_AND_SYSTEM;
        }
        if (mentions(c, LINE_WORDS) || mentions(c, LINE_CONTENT_WORDS)) {
            return LINE_LEASE_OR_PURCHASED_SERVICE;
        }
        return HARDWARE_AND_SYSTEM;
    }

    /**
     * A category as written in a list: the Chinese label, the constant name or its kebab form
     * ({@code line-lease-or-purchased-service}); empty when not recognised.
     */
    public static Optional<OmItemCategory> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (OmItemCategory category : values()) {
            if (category.label.equals(t) || category.name().equalsIgnoreCase(t.replace('-', '_').toUpperCase(Locale.ROOT))) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    private static boolean mentions(String text, List<String> words) {
        return words.stream().anyMatch(text::contains);
    }
}
