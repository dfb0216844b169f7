package org.perfportal.web.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfportal.contract.OmItem;

/**
 * The O&amp;M items (运维项目) of one using unit (使用单位) in a contract's list, as the API answers
 * them: grouped by unit because each unit is assessed on its own items every month.
 */
public record OmItemView(long unitId, String unitName, List<Item> items) {

    /** One item: 序号, 运维项目名称, 主要运维内容 and its category (类别) with the Chinese label. */
    public record Item(long id, int sequence, String name, String content, String category, String categoryLabel) {
    }

    /** Groups items (already in list order) by unit, units in the order of their first item. */
    static List<OmItemView> grouped(List<OmItem> items) {
        Map<Long, OmItemView> groups = new LinkedHashMap<>();
        for (OmItem i : items) {
            groups.computeIfAbsent(i.unit().id(), id -> new OmItemView(id, i.unit().name(), new ArrayList<>()))
                    .items().add(new Item(i.id(), i.sequenceNo(), i.name(), i.content(), i.category().name(),
                            i.category().label()));
        }
        return List.copyOf(groups.values());
    }
}
