/**
 * The administrators' directory page (/giaoviec/danh-ba): the agency directory by kind with aliases
 * and state; add, rename, merge, retire, reinstate, edit aliases (through
 * {@link vn.giaoviec.agency.DirectoryChanges}); load a list of agencies from an .xlsx workbook with a
 * preview before it is applied. The web side of the {@code agency} room, which itself knows no web.
 */
package vn.giaoviec.directory;
