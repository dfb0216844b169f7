/**
 * The parties of a tenant's service contracts: vendors (服务商/运营商/运维实施单位) who are
 * assessed, and using units (使用单位/接入单位) who receive the service and rate it. Contracts,
 * installments and fees join them in later work.
 */
package org.perfportal.contract;
