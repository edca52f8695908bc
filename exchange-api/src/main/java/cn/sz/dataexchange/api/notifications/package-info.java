/** Notifications to organisations: stored for reading, and the place where pushing them starts. */
package cn.sz.dataexchange.api.notifications;
