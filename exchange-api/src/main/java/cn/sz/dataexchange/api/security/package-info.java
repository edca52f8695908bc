/** Who is calling: client credentials, ES256 access tokens and their rotating keys, roles, rate limits. */
package cn.sz.dataexchange.api.security;
