package org.perfportal.contract;

/**
 * The contact details both kinds of party carry: who to call about the service.
 *
 * @param contactPerson 联系人
 * @param contactPhone  联系电话
 */
public record PartyDetails(String contactPerson, String contactPhone) {
}
