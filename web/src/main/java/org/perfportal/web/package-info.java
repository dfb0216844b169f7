/**
 * The HTTP face of the portal: JAX-RS resources under {@code /api/v1} that translate requests
 * into use cases of the EJB services and results into {@code …Dto}/{@code …View} records.
 * Nothing here decides a rule or touches the database.
 */
package org.perfportal.web;
