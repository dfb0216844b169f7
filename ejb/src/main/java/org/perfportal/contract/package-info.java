/**
 * The parties of a tenant's service contracts — vendors (服务商/运营商/运维实施单位) who are
 * assessed, and using units (使用单位/接入单位) who receive the service and rate it — and the
 * O&amp;M service contracts (运维服务合同) joining them, with their item lists (运维项目清单),
 * because a unit's monthly assessment runs over its items and payments derive from the contract.
 */
package org.perfportal.contract;
