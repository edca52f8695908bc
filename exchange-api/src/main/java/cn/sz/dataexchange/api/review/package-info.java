/**
 * Platform administrators' review (Art. 31): the queue of listings waiting for a decision with their
 * validation summary and risk flags, decisions with reasons, and the four-eyes rule for sensitive
 * and biometric personal data.
 */
package cn.sz.dataexchange.api.review;
