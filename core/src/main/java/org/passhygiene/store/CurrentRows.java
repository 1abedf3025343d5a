package org.passhygiene.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the current row of each person's password per system ({@link CurrentCredential}): never a fingerprint. */
final class CurrentRows {
    /** The latest row per person and system, with the person's roles; add conditions with {@code AND}. */
    static final String LATEST = "SELECT c.username, c.system_name, c.set_at, c.set_by, c.compromised,"
            + " c.must_change, c.flag_reason, c.flagged_at, p.roles"
            + " FROM credential c JOIN person p ON p.username = c.username"
            + " WHERE c.id = (SELECT c2.id FROM credential c2 WHERE c2.username = c.username"
            + " AND c2.system_name = c.system_name ORDER BY c2.set_at DESC, c2.id DESC LIMIT 1)";

    private CurrentRows() {
    }

    /**
     * @param sql {@link #LATEST}, possibly with conditions whose parameters are {@code params}
     * @return the rows, in no particular order
     */
    static List<CurrentCredential> read(Connection c, String sql, List<String> params) throws SQLException {
        List<CurrentCredential> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long flagged = rs.getLong(8);
                    boolean hasFlagTime = !rs.wasNull();
                    String roles = rs.getString(9);
                    String reason = rs.getString(7);
                    out.add(new CurrentCredential(rs.getString(1), rs.getString(2),
                            roles.isEmpty() ? Set.of() : Set.of(roles.split(",")),
                            Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4), rs.getInt(5) != 0,
                            rs.getInt(6) != 0, reason == null ? "" : reason,
                            hasFlagTime ? Optional.of(Instant.ofEpochMilli(flagged)) : Optional.empty()));
                }
            }
        }
        return out;
    }
}
