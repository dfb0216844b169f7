/**
 * The Otog Banner (鄂托克旗, Ordos) half-year extranet assessment (电子政务外网支撑保障服务考核,
 * 半年考核): the operator of the e-government extranet (电子政务外网) loses line fees for late
 * repairs, long outages, late relocations, backbone failures, a late half-year report, illegal
 * internet connections and ad-hoc inspection findings; the sum is taken from the final payment
 * (尾款). Source: seed 000, 电子政务外网考核管理办法 and its 考核表; DOMAIN.md §3.
 *
 * <p>The rules are pure code: plain records in, traced {@link
 * org.perfportal.assessment.TraceLine}s in yuan out (see {@link
 * org.perfportal.assessment.extranet.ExtranetAssessmentResult}), no JPA, EJB or HTTP. Every number
 * lives in {@link org.perfportal.assessment.extranet.ExtranetSchemeParameters}. Two classes sit at
 * the edge and are the only ones that know the container: {@link
 * org.perfportal.assessment.extranet.ExtranetSchemeCodec} (the scheme document as JSON) and {@link
 * org.perfportal.assessment.extranet.ExtranetHalfYearService} (the use case: load the published
 * scheme and the record book, run the rules, store the result).
 */
package org.perfportal.assessment.extranet;
