package vn.giaoviec.agency;

/** Level of an agency, used to expand collective names ("Các sở, ban, ngành tỉnh", "UBND cấp huyện"). */
public enum AgencyKind {
    /** Sở, ban, ngành tỉnh. */
    SO,
    /** UBND cấp huyện (district; abolished from 1 July 2025 but present in older plans). */
    HUYEN,
    /** UBND cấp xã. */
    XA
}
