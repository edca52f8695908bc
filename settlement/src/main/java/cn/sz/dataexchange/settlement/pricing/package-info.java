/** Art. 69 checks: finds counterparties with the same trading conditions charged different prices, minus the lawful exemptions. */
package cn.sz.dataexchange.settlement.pricing;
